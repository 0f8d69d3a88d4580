// The program's last expression, without a `;`, is dropped by the command too: a future
// there that nobody polled is warned about like any other.
async fn hello() { println("hello ran"); }
println("start");
hello()
