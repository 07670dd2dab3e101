// Exercises: == between interface{} values holding a struct with methods stored by a declaration, and literals of that struct
package main

import "fmt"

type T struct{ a, b int }

func (t T) Sum() int { return t.a + t.b }

type P struct{ X, Y int }

func main() {
	var iface interface{} = T{1, 2}
	fmt.Println(iface == T{1, 2}, iface == any(T{1, 2}), T{1, 2} == iface)
	t := T{1, 2}
	fmt.Println(iface == t)
	var p any = P{1, 2}
	fmt.Println(p == P{1, 2}, p == any(P{1, 2}))
}
