// trace: unordered (sockets become ready in whatever order the network gives)
// Lesson 20: a TCP server on one thread. The listener, every connection and every
// client are tasks; each waits for its socket (accept, read, write) and the executor's
// reactor (a selector, the role mio plays under Tokio) wakes exactly the task whose
// socket became ready. Nobody blocks a thread while waiting for the network.
// Observe: fifty clients talk to the server at the same time and each gets its own
// answers back; `--trace` shows "wake ... by socket readable" for every line.
import std.net;

// The server: accept connections forever, one task per connection.
async fn serve(listener) {
    loop {
        let conn = listener.accept().await;     // pending until a client connects
        spawn(echo(conn));
    }
}

// One connection: send every line back, in upper case, until the client hangs up.
async fn echo(conn) {
    loop {
        let line = conn.read_line().await;      // pending until a line arrives
        if line == nil { break; }               // nil: the client closed its end
        conn.write(line.upper() + "\n").await;  // pending while the send buffer is full
    }
    conn.close();
}

// A client: connect, send two lines, read the two answers.
async fn client(port, id) {
    let conn = net.connect("127.0.0.1", port).await;
    conn.write("hello from {id}\nbye from {id}\n").await;
    let first = conn.read_line().await;
    let second = conn.read_line().await;
    conn.close();
    [first, second]
}

let listener = net.listen("127.0.0.1", 0).await;   // port 0: any free port
spawn(serve(listener));

let clients = [];
for id in 0..50 {
    clients.push(client(listener.port, id));
}
let answers = join_all(clients).await;               // all fifty at once
println("client 0 heard:", answers[0]);
println("client 49 heard:", answers[49]);
let all_right = true;
for id in 0..50 {
    if answers[id] != ["HELLO FROM {id}", "BYE FROM {id}"] { all_right = false; }
}
println("all 50 clients got their own answers:", all_right);
// The main task ends here; the server task is cancelled with it.
