use errcodes_bench::*;
use std::time::Instant;
fn main() {
    let text = synth::catalog(10_000);
    for _ in 0..2 {
        let t = Instant::now();
        let doc = yaml::parse(&text).unwrap();
        let t1 = t.elapsed();
        let mut problems = Vec::new();
        let raw = catalog::read(&doc, &mut problems);
        let t2 = t.elapsed();
        let model = valid::validate(raw, &mut problems);
        let t3 = t.elapsed();
        let args: args::Args = syn::parse_str("\"codes.yaml\"").unwrap();
        let tokens = expand::expand(&model, &args, None);
        let t4 = t.elapsed();
        let s = tokens.to_string();
        let t5 = t.elapsed();
        println!(
            "parse {:?} read {:?} validate {:?} expand {:?} to_string {:?} ({} bytes)",
            t1,
            t2 - t1,
            t3 - t2,
            t4 - t3,
            t5 - t4,
            s.len()
        );
    }
}
