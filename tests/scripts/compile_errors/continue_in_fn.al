// exit: 1
fn skip() {
    continue;
}
while true { skip(); }
