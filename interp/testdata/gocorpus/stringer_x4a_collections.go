// Exercises: fmt and user methods: String on value and pointer receivers inside slices, maps, struct fields and pointers; Error taking precedence; GoString with %#v; Format-free %s/%q/%x/%d on Stringers.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Node struct{ id int }

func (n *Node) String() string { return fmt.Sprintf("node#%d", n.id) }

type Pixel struct {
	X, Y  int
	Color Color
}

type Fault struct{ Code int }

func (f Fault) Error() string  { return fmt.Sprintf("fault %d", f.Code) }
func (f Fault) String() string { return "stringer loses to Error" }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

func main() {
	fmt.Println(Green, []Color{Red, Blue}, map[Color]int{Blue: 2, Red: 1})
	fmt.Printf("%v %s %q %d %x\n", Blue, Blue, Blue, Blue, Blue)
	px := Pixel{1, 2, Green}
	fmt.Println(px)
	fmt.Printf("%+v\n", px)
	n := &Node{7}
	fmt.Println(n, []*Node{{1}, {2}})
	fmt.Println(Node{3})
	var err error = Fault{42}
	fmt.Println(err, Fault{1})
	fmt.Printf("%v|%s\n", err, err)
	fmt.Println(errors.New("plain"), []error{Fault{2}, errors.New("x")})
	fmt.Printf("%#v %v\n", Secret("pw"), Secret("pw"))
	type wrapper struct {
		C  Color
		Cs []Color
		M  map[string]Color
	}
	fmt.Printf("%v\n", wrapper{Blue, []Color{Green}, map[string]Color{"k": Red}})
	fmt.Println(fmt.Sprint(Red) + "/" + Green.String())
}
