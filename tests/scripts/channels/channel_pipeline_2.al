// flags: --virtual-time
let numbers = channel();
let squares = channel();
spawn(async {
    for i in 1..=4 { numbers.send(i).await; }
    numbers.close();
});
spawn(async {
    let n = numbers.recv().await;
    while n != nil {
        squares.send(n * n).await;
        n = numbers.recv().await;
    }
    squares.close();
});
let out = [];
let s = squares.recv().await;
while s != nil { out.push(s); s = squares.recv().await; }
println(out);
