// Go prints: 7
// The session (both styles, whole program and notebook) never finishes: the
// cell is interrupted after the 10 s limit ("Interrupted: the cell was
// interrupted"). A for loop whose post statement is a tuple assignment with a
// function call on the right (i, p = i+1, next(p)) loops forever; with a
// single assignment in the post statement, or a tuple without a call
// (i, s = i+1, s+"x"), it terminates. Found via a ring walk
// "for i, r := 0, lb.cur; i < lb.cur.Len(); i, r = i+1, r.Next()" in
// ds_x34a_ring_roundrobin.go.
package main

import "fmt"

func next(n int) int { return n * 2 }

func main() {
	n := 0
	for i, p := 0, 1; i < 3; i, p = i+1, next(p) {
		n += p
	}
	fmt.Println(n)
}
