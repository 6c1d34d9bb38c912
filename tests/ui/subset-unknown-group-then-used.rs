// A mistyped group is one error, at its literal: the subset is expanded as
// the close match would select it, so the uses below compile.
errcodes::error_codes!("../../codes.yaml", name = Realtime, groups = ["realtime.sesion"]);

// A group with nothing close: the whole catalog is expanded.
mod far {
    errcodes::error_codes!("../../codes.yaml", name = Sms, groups = ["billing"]);

    pub fn said(code: Sms) -> &'static str {
        match code {
            Sms::InvalidSmsSignature => "signature",
            _ => "other",
        }
    }
}

fn main() {
    let code = Realtime::DuplicatedLogin;
    match code {
        Realtime::AppNotAvailable | Realtime::DuplicatedLogin | Realtime::SignatureFailed => {}
        _ => {}
    }
    let _ = far::said(far::Sms::SmsTooFrequent);
}
