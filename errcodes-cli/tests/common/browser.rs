//! Headless Chromium, driven over its DevTools protocol: open a page, type
//! into it, evaluate JavaScript, take a screenshot. `ERRCODES_CHROMIUM`
//! names the browser (default `chromium`); without one the tests that need
//! it are skipped with a note, unless `ERRCODES_REQUIRE_TOOLS` is set.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tungstenite::{Message, WebSocket};

pub struct Browser {
    child: Child,
    socket: WebSocket<TcpStream>,
    next: u64,
    _profile: PathBuf,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    /// A headless browser with one blank page, or `None` when there is none.
    pub fn start(name: &str) -> Option<Browser> {
        let program = crate::common::tool("ERRCODES_CHROMIUM", "chromium", &["--version"])?;
        let profile = crate::common::scratch(&format!("chromium-{name}"));
        let mut child = Command::new(program)
            .args([
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-extensions",
                "--allow-file-access-from-files",
                "--remote-debugging-port=0",
                "--window-size=1280,900",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("about:blank")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts");
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…";
        // the rest of its standard error is read and dropped, so the pipe
        // never fills or closes under it.
        let stderr = child.stderr.take().expect("stderr");
        let (send, receive) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
                    let _ = send.send(rest.split('/').next().and_then(|p| p.parse::<u16>().ok()));
                }
            }
        });
        let port = receive
            .recv_timeout(Duration::from_secs(60))
            .ok()
            .flatten()
            .expect("chromium says where DevTools listens");
        let pages: Value =
            serde_json::from_str(&http_get(port, "/json/list")).expect("a page list");
        let url = pages
            .as_array()
            .and_then(|pages| pages.iter().find(|p| p["type"] == "page"))
            .and_then(|page| page["webSocketDebuggerUrl"].as_str())
            .expect("a page to drive")
            .to_owned();
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to DevTools");
        let (socket, _) = tungstenite::client(url.as_str(), stream).expect("the DevTools socket");
        let mut browser = Browser {
            child,
            socket,
            next: 0,
            _profile: profile,
        };
        browser.call("Page.enable", json!({}));
        browser.call("Runtime.enable", json!({}));
        Some(browser)
    }

    /// Sends a command and waits for its answer (events in between are skipped).
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let message = json!({"id": id, "method": method, "params": params}).to_string();
        self.socket
            .send(Message::text(message))
            .expect("send to DevTools");
        loop {
            let message = self.socket.read().expect("read from DevTools");
            let Message::Text(text) = message else {
                continue;
            };
            let value: Value = serde_json::from_str(text.as_str()).expect("DevTools sends JSON");
            if value["id"] == id {
                assert!(value.get("error").is_none(), "{method}: {value}");
                return value["result"].clone();
            }
        }
    }

    /// Opens `file` and waits until it has loaded.
    pub fn open(&mut self, file: &Path) {
        let url = format!(
            "file://{}",
            file.canonicalize().expect("the page exists").display()
        );
        self.call("Page.navigate", json!({"url": url}));
        let start = Instant::now();
        while self.eval("document.readyState") != "complete" || self.eval("location.href") != url {
            assert!(
                start.elapsed() < Duration::from_secs(120),
                "{url} did not load"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The value of a JavaScript expression (as JSON).
    pub fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true, "awaitPromise": true}),
        );
        assert!(
            result.get("exceptionDetails").is_none(),
            "{expression}: {result}"
        );
        result["result"]["value"].clone()
    }

    /// Types `text` into the element `selector` as a user would: focus,
    /// clear, then key input.
    pub fn type_into(&mut self, selector: &str, text: &str) {
        let focus = format!("(() => {{ const e = document.querySelector({selector:?}); e.focus(); e.select(); return true; }})()");
        assert_eq!(self.eval(&focus), true);
        self.call("Input.dispatchKeyEvent", json!({"type": "keyDown", "key": "Backspace", "code": "Backspace", "windowsVirtualKeyCode": 8}));
        self.call("Input.dispatchKeyEvent", json!({"type": "keyUp", "key": "Backspace", "code": "Backspace", "windowsVirtualKeyCode": 8}));
        if !text.is_empty() {
            self.call("Input.insertText", json!({"text": text}));
        }
    }

    /// Presses and releases `key` (a key name of the DOM: `ArrowDown`,
    /// `Enter`, `/`) where the focus is.
    pub fn press(&mut self, key: &str) {
        let (code, number, text) = match key {
            "ArrowDown" => ("ArrowDown", 40, ""),
            "ArrowUp" => ("ArrowUp", 38, ""),
            "Enter" => ("Enter", 13, "\r"),
            "Escape" => ("Escape", 27, ""),
            "Tab" => ("Tab", 9, ""),
            "/" => ("Slash", 191, "/"),
            other => panic!("no key {other} here"),
        };
        let kind = if text.is_empty() {
            "rawKeyDown"
        } else {
            "keyDown"
        };
        self.call("Input.dispatchKeyEvent", json!({"type": kind, "key": key, "code": code, "windowsVirtualKeyCode": number, "text": text}));
        self.call(
            "Input.dispatchKeyEvent",
            json!({"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": number}),
        );
    }

    /// Shows pages as a phone of `width` CSS pixels would.
    pub fn phone(&mut self, width: u32) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": 800, "deviceScaleFactor": 2, "mobile": true}),
        );
    }

    /// Turns the pages' scripts off (`false`) or on again; a page opened
    /// after reads as it does in a browser without JavaScript.
    pub fn scripts(&mut self, on: bool) {
        self.call(
            "Emulation.setScriptExecutionDisabled",
            json!({"value": !on}),
        );
    }

    /// A PNG of the page as shown, written to `path`.
    pub fn screenshot(&mut self, path: &Path) {
        let data = self.capture(json!({"format": "png"}));
        std::fs::write(path, base64(&data)).expect("write the screenshot");
    }

    /// A PNG of the top `width` × `height` of the page, scaled by `scale`,
    /// in base64 (as a `data:` address wants it).
    pub fn screenshot_base64(&mut self, width: u32, height: u32, scale: f64) -> String {
        let clip = json!({"x": 0, "y": 0, "width": width, "height": height, "scale": scale});
        self.capture(json!({"format": "png", "clip": clip}))
    }

    /// A screenshot as DevTools sends it (base64).
    fn capture(&mut self, params: Value) -> String {
        let shot = self.call("Page.captureScreenshot", params);
        shot["data"].as_str().expect("a screenshot").to_owned()
    }
}

/// A plain HTTP GET on 127.0.0.1, its body.
fn http_get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("a timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .unwrap();
    // The answer's length is in its header; the connection stays open.
    let mut response = Vec::new();
    let mut buffer = [0; 4096];
    loop {
        let read = stream.read(&mut buffer).expect("an HTTP answer");
        response.extend_from_slice(&buffer[..read]);
        let text = String::from_utf8_lossy(&response).into_owned();
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length = head.lines().find_map(|line| {
                line.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|n| n.trim().parse::<usize>().unwrap_or(0))
            });
            if read == 0 || length.is_some_and(|length| body.len() >= length) {
                return body.to_owned();
            }
        } else if read == 0 {
            return String::new();
        }
    }
}

/// Standard base64 decoded.
fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let bytes: Vec<u8> = text
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut word = 0_u32;
        for (i, &c) in chunk.iter().enumerate() {
            word |= u32::from(value(c)) << (18 - 6 * i);
        }
        let keep = chunk.len() * 6 / 8;
        out.extend_from_slice(&word.to_be_bytes()[1..=keep]);
    }
    out
}
