// x8b: Go prints b; notebook style: CompileError: constant definition loop (top-level x := <compiled call>[i]).
package main

import (
	"fmt"
	"strings"
)

func main() {
	x := strings.Fields("a b")[1]
	fmt.Println(x)
}
