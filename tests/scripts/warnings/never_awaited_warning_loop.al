// The warning is printed once per site, however many times the site runs.
async fn ping(i) {
    println("ping", i);
}
for i in 0..3 {
    ping(i);
}
let n = 0;
while n < 2 {
    ping(n);
    n += 1;
}
println("loops done");
