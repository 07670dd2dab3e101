// x8b: Go prints main.pos main.vel and the robot lines; program style: CFG incomplete type panic; notebook: AmbiguousError.
package main

import "fmt"

type pos struct{ r, c int }
type vel struct{ r, c int }

func (p pos) String() string { return fmt.Sprintf("P(%d,%d)", p.r, p.c) }
func (v vel) String() string { return fmt.Sprintf("V(%d,%d)", v.r, v.c) }

func name[T any](v T) string { return fmt.Sprintf("%T", v) }

func main() {
	fmt.Println(name(pos{}), name(vel{}))
	type robot struct {
		P pos
		V vel
	}
	fmt.Printf("%v %+v\n", robot{pos{1, 2}, vel{3, 4}}, []robot{{}})
}
