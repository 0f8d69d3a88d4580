fn boom() {
    throw "bad input";
}
