use errcodes_bench::*;
fn main() {
    let n: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    println!("{}", pipeline(&synth::catalog(n)).unwrap());
}
