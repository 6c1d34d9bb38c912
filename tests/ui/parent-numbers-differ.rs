errcodes::error_codes!("parent-numbers-differ-parent.yaml", name = Full);
errcodes::error_codes!("parent-numbers-differ.yaml", name = Part, parent = Full);

fn main() {}
