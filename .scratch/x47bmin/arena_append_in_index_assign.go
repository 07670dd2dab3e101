// Go prints: [7 0]
// Session prints: [0 0] in both styles (program and notebook), no error.
// The left side's slice t.s is read before the call on the right appends
// to it and moves it; gc reads it after the call.
package main

import "fmt"

type T struct{ s []int }

func (t *T) add() int {
	t.s = append(t.s, 0)
	return 7
}

func main() {
	t := &T{s: make([]int, 1, 1)}
	t.s[0] = t.add()
	fmt.Println(t.s)
}
