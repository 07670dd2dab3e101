// x8b: Go prints "k v"; notebook style: CompileError: constant definition loop (top-level k, v := m[0], m[1]).
package main

import (
	"fmt"
	"strings"
)

func main() {
	m := strings.SplitN("k=v", "=", 2)
	k, v := m[0], m[1]
	fmt.Println(k, v)
}
