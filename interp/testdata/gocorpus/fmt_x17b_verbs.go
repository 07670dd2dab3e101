package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Tags  []string
	Props map[string]int
	C     Color
	any   any
}

func main() {
	in := &Inner{7, "seven"}
	o := Outer{"out", Inner{1, "one"}, in, []string{"x", "y"}, map[string]int{"z": 26, "a": 1}, Blue, 3.5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.Tags)
	fmt.Printf("%#v\n", o.Tags)
	fmt.Printf("%v\n", o.Props)
	fmt.Printf("%#v\n", o.Props)
	fmt.Printf("%v %d %x\n", o.C, o.C, o.C)
	fmt.Printf("%#v\n", o.C)
	fmt.Printf("%T %T %T %T\n", o, in, o.Props, o.C)
	fmt.Printf("%v\n", *in)
	fmt.Printf("%+v\n", in)
	fmt.Printf("%v\n", []Color{Red, Green, Color(9)})
	fmt.Printf("%v\n", map[Color]bool{Blue: true, Red: false})
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%5d|%-5d|%05d\n", 42, 42, 42)
	fmt.Printf("%8.3f|%-8.2e|%g\n", 3.14159, 1234.5678, 1e21)
	fmt.Printf("%x %X % x\n", "hi", []byte("hi"), "hi")
	fmt.Printf("%t %v %p\n", true, nil, (*int)(nil))
	fmt.Printf("%c %U %q\n", 'G', 'G', 'G')
	fmt.Printf("%v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%v %+v\n", struct{}{}, struct{ X, Y int }{1, 2})
	fmt.Printf("%#v\n", struct{ X, Y int }{1, 2})
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v\n", o.any)
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0))
	fmt.Println(fmt.Sprintln("x", 1), "end")
}
