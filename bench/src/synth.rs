//! Synthetic catalogs: any number of codes with realistic names, messages,
//! groups, HTTP statuses and English and Chinese descriptions.
//!
//! Deterministic: the same size gives the same file.

use std::fmt::Write as _;

/// Groups (with a dotted sub-group or two), each with its own block of numbers.
const GROUPS: &[(&str, &str)] = &[
    ("auth", "Sign-in, sessions and tokens."),
    ("auth.oauth", "Third-party sign-in."),
    ("storage", "Objects, queries and indexes."),
    ("billing", "Charges, refunds and invoices."),
    ("search", "Indexing and queries."),
    ("media", "Uploads, transcoding and thumbnails."),
    ("messaging", "Chat, conversations and delivery."),
    ("messaging.push", "Push notifications."),
    ("admin", "Console and team management."),
    ("integrations", "Webhooks and partner APIs."),
];

const ADJECTIVES: &[&str] = &[
    "INVALID",
    "MISSING",
    "EXPIRED",
    "DUPLICATE",
    "LOCKED",
    "UNKNOWN",
    "DISABLED",
    "STALE",
    "OVERSIZED",
    "MALFORMED",
    "REVOKED",
    "PENDING",
];
const NOUNS: &[&str] = &[
    "ACCOUNT",
    "TOKEN",
    "SESSION",
    "OBJECT",
    "INDEX",
    "QUERY",
    "INVOICE",
    "CARD",
    "REFUND",
    "UPLOAD",
    "THUMBNAIL",
    "CHANNEL",
    "MESSAGE",
    "WEBHOOK",
    "TEAM",
    "ROLE",
    "FIELD",
    "DEVICE",
];
const NOUNS_EN: &[&str] = &[
    "account",
    "token",
    "session",
    "object",
    "index",
    "query",
    "invoice",
    "card",
    "refund",
    "upload",
    "thumbnail",
    "channel",
    "message",
    "webhook",
    "team",
    "role",
    "field",
    "device",
];
const NOUNS_ZH: &[&str] = &[
    "账户",
    "令牌",
    "会话",
    "对象",
    "索引",
    "查询",
    "发票",
    "银行卡",
    "退款",
    "上传",
    "缩略图",
    "频道",
    "消息",
    "回调",
    "团队",
    "角色",
    "字段",
    "设备",
];
const STATES_EN: &[&str] = &[
    "is not valid",
    "is missing from the request",
    "has expired",
    "already exists",
    "is locked by another operation",
    "is not known to the server",
    "has been disabled",
    "is out of date",
    "is larger than the limit",
    "could not be parsed",
    "has been revoked",
    "is still being processed",
];
const STATES_ZH: &[&str] = &[
    "无效",
    "在请求中缺失",
    "已过期",
    "已存在",
    "被其他操作锁定",
    "服务器无法识别",
    "已被禁用",
    "已过时",
    "超过了大小限制",
    "无法解析",
    "已被撤销",
    "仍在处理中",
];
const HINTS: &[&str] = &[
    "Check the request and try again.",
    "Contact the administrator of the app.",
    "Wait a moment before retrying.",
    "See the API reference for the expected format.",
    "Refresh the credentials and retry.",
];
const STATUSES: &[u16] = &[400, 401, 403, 404, 409, 413, 422, 429, 500, 503];

/// The catalog pipeline's `SplitMix64`, so the catalogs are the same on
/// every machine.
struct Rng(errcodes_catalog::__SplitMix64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// How a synthetic catalog numbers its codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Each group owns a block of numbers (with a `range`) and numbers its
    /// codes in order, with an occasional gap where codes were retired.
    Runs,
    /// Numbers grow by 1 to 9 from one code to the next, the groups
    /// interleaved and without ranges, as in catalogs that grew over years
    /// (so nearly every neighbour pair has a gap).
    Gaps,
}

impl Shape {
    /// `runs` or `gaps`.
    pub fn parse(text: &str) -> Option<Shape> {
        match text {
            "runs" => Some(Shape::Runs),
            "gaps" => Some(Shape::Gaps),
            _ => None,
        }
    }
}

/// How a synthetic catalog writes its code entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `- code: 1` then one `key: value` line per field: the style most
    /// catalogs are written in.
    Block,
    /// One flow mapping per entry, `- {code: 1, name: …, …}`, as MongoDB's
    /// `error_codes.yml` writes its codes.
    Flow,
}

impl Style {
    /// `block` or `flow`.
    pub fn parse(text: &str) -> Option<Style> {
        match text {
            "block" => Some(Style::Block),
            "flow" => Some(Style::Flow),
            _ => None,
        }
    }
}

/// What is broken in a damaged catalog (see [`damaged`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The `storage` group is renamed where it is declared, so every code
    /// of it (a tenth of the catalog) names a group that is not declared.
    RenamedGroup,
    /// This many `http` values, spread over the file, are out of range.
    BadHttp(usize),
}

impl Damage {
    /// `renamed-group` or `bad-http`.
    pub fn parse(text: &str) -> Option<Damage> {
        match text {
            "renamed-group" => Some(Damage::RenamedGroup),
            "bad-http" => Some(Damage::BadHttp(50)),
            _ => None,
        }
    }
}

/// A catalog of `n` codes numbered in runs (see [`Shape::Runs`]).
pub fn catalog(n: usize) -> String {
    shaped(n, Shape::Runs)
}

/// A catalog of `n` codes in catalog format v1, numbered as `shape` says.
pub fn shaped(n: usize, shape: Shape) -> String {
    written(n, shape, Style::Block)
}

/// `text`, a catalog [`written`] here, with `damage` done to it.
pub fn damaged(text: &str, damage: Damage) -> String {
    match damage {
        Damage::RenamedGroup => text.replacen("\n  storage:\n", "\n  store:\n", 1),
        Damage::BadHttp(count) => {
            let total = text.matches("http: ").count();
            let every = (total / count.max(1)).max(1);
            let mut out = String::with_capacity(text.len());
            let mut seen = 0;
            let mut pieces = text.split("http: ");
            out.push_str(pieces.next().unwrap_or_default());
            for piece in pieces {
                out.push_str("http: ");
                let digits = piece.bytes().take_while(u8::is_ascii_digit).count();
                if seen % every == every / 2 && seen / every < count {
                    out.push_str("999");
                    out.push_str(&piece[digits..]);
                } else {
                    out.push_str(piece);
                }
                seen += 1;
            }
            out
        }
    }
}

/// A catalog of `n` codes, numbered as `shape` says, its entries written in
/// `style`.
pub fn written(n: usize, shape: Shape, style: Style) -> String {
    let mut rng = Rng(errcodes_catalog::__SplitMix64(n as u64));
    let mut out = String::with_capacity(n * 400);
    out.push_str("# A synthetic catalog for benchmarks (errcodes-bench synth).\nlanguages: [en, zh]\ngroups:\n");
    // Each top-level group owns 100,000 numbers; sub-groups the upper half of their parent's.
    let block = |index: usize| -> (u32, u32) {
        let (key, _) = GROUPS[index];
        let top = GROUPS
            .iter()
            .position(|(k, _)| !k.contains('.') && key.starts_with(k))
            .unwrap_or(index);
        let base = (top as u32 + 1) * 100_000;
        if key.contains('.') {
            (base + 50_000, base + 99_999)
        } else {
            (base, base + 99_999)
        }
    };
    for (index, (key, description)) in GROUPS.iter().enumerate() {
        let _ = writeln!(out, "  {key}:\n    description: {description}");
        if shape == Shape::Runs {
            let (lo, hi) = block(index);
            let _ = writeln!(out, "    range: [{lo}, {hi}]");
        }
    }
    out.push_str("codes:\n");
    let mut next_in_group = vec![0_u32; GROUPS.len()];
    let mut last = 1000_u32;
    for i in 0..n {
        let (group, code) = match shape {
            Shape::Runs => {
                let group = i % GROUPS.len();
                let (lo, _) = block(group);
                // Numbered in order within the group, with an occasional gap
                // where codes were retired, as real catalogs are.
                next_in_group[group] += if rng.chance(5) {
                    2 + (rng.next() % 10) as u32
                } else {
                    1
                };
                (group, lo + next_in_group[group])
            }
            Shape::Gaps => {
                last += 1 + (rng.next() % 9) as u32;
                ((rng.next() % GROUPS.len() as u64) as usize, last)
            }
        };
        let adjective = rng.next() as usize % ADJECTIVES.len();
        let noun = rng.next() as usize % NOUNS.len();
        let state = adjective % STATES_EN.len();
        let name = format!("{}_{}_{}", ADJECTIVES[adjective], NOUNS[noun], i);
        let message = format!(
            "The {} {}. {}",
            NOUNS_EN[noun],
            STATES_EN[state],
            rng.pick(HINTS)
        );
        let mut fields = vec![
            ("code", code.to_string()),
            ("name", name),
            ("message", format!("\"{message}\"")),
            ("group", GROUPS[group].0.to_owned()),
        ];
        if rng.chance(70) {
            fields.push(("http", rng.pick(STATUSES).to_string()));
        }
        if rng.chance(10) {
            let also = format!("[\"{} {}.\"]", NOUNS_EN[noun], STATES_EN[state]);
            fields.push(("also", also));
        }
        if rng.chance(2) {
            fields.push(("deprecated", format!("replaced in version {}", 2 + i % 5)));
        }
        let en = format!(
            "Returned when the {} {} while handling the request.",
            NOUNS_EN[noun], STATES_EN[state]
        );
        let zh = format!("处理请求时{}{}。", NOUNS_ZH[noun], STATES_ZH[state]);
        match style {
            Style::Block => {
                for (index, (key, value)) in fields.iter().enumerate() {
                    let lead = if index == 0 { "  - " } else { "    " };
                    let _ = writeln!(out, "{lead}{key}: {value}");
                }
                let _ = writeln!(out, "    description:\n      en: {en}\n      zh: {zh}");
            }
            Style::Flow => {
                out.push_str("  - {");
                for (key, value) in &fields {
                    let _ = write!(out, "{key}: {value}, ");
                }
                let _ = writeln!(out, "description: {{en: \"{en}\", zh: \"{zh}\"}}}}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn synthetic_catalogs_are_valid_and_deterministic() {
        for (n, shape) in [1, 10, 1000]
            .into_iter()
            .flat_map(|n| [(n, super::Shape::Runs), (n, super::Shape::Gaps)])
        {
            let text = super::shaped(n, shape);
            assert_eq!(text, super::shaped(n, shape));
            let checked = errcodes_catalog::check("synth.yaml", &text);
            let problems = &checked.diagnostics;
            assert!(
                problems.is_empty(),
                "{:?}",
                &problems[..problems.len().min(3)]
            );
            assert_eq!(checked.catalog.codes.len(), n);
        }
    }

    /// The flow style holds the same catalog; the damaged catalogs have the
    /// problems they are meant to have, in both styles.
    #[test]
    fn styles_and_damage() {
        use super::{damaged, written, Damage, Shape, Style};
        let block = errcodes_catalog::check("b.yaml", &written(1000, Shape::Gaps, Style::Block));
        let flow = errcodes_catalog::check("f.yaml", &written(1000, Shape::Gaps, Style::Flow));
        assert!(flow.diagnostics.is_empty(), "{:?}", &flow.diagnostics[..1]);
        let fields = |catalog: &errcodes_catalog::Catalog| -> Vec<String> {
            let codes = catalog.codes.iter();
            codes
                .map(|c| {
                    format!(
                        "{} {} {:?} {:?} {:?} {:?} {:?} {:?}",
                        c.code,
                        c.name,
                        c.message,
                        c.group,
                        c.http,
                        c.also,
                        c.deprecated,
                        c.descriptions
                    )
                })
                .collect()
        };
        assert_eq!(fields(&block.catalog), fields(&flow.catalog));
        for style in [Style::Block, Style::Flow] {
            let text = written(1000, Shape::Gaps, style);
            let renamed = errcodes_catalog::check("x.yaml", &damaged(&text, Damage::RenamedGroup));
            let storage = block.catalog.codes_in("storage").count();
            assert!(storage > 50, "{storage}");
            assert_eq!(renamed.diagnostics.len(), storage);
            let http = errcodes_catalog::check("x.yaml", &damaged(&text, Damage::BadHttp(50)));
            assert_eq!(http.diagnostics.len(), 50);
            assert!(http.diagnostics[0].message.contains("999"));
        }
    }
}
