package main

import (
	"fmt"
)

type Op int

const (
	OpLeaf Op = iota
	OpAdd
	OpMul
	OpReLU
)

func (o Op) String() string {
	switch o {
	case OpLeaf:
		return "leaf"
	case OpAdd:
		return "+"
	case OpMul:
		return "*"
	case OpReLU:
		return "relu"
	}
	return fmt.Sprintf("Op(%d)", int(o))
}

type Scalar struct {
	Data float64
	Grad float64
	Op   Op
}

type Param struct {
	Name string
	Scalar
	Frozen bool
}

func (p Param) GoString() string { return "Param<" + p.Name + ">" }

func main() {
	s := Scalar{Data: 1.5, Grad: -0.25, Op: OpMul}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s)
	fmt.Printf("%T\n", s)
	p := Param{Name: "w0", Scalar: Scalar{Data: 0.3}}
	fmt.Printf("%v | %+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%v %d %s %q\n", OpReLU, OpReLU, OpAdd, OpMul)
	fmt.Printf("%v\n", Op(9))
	ps := []*Param{&p}
	fmt.Printf("%v %+v\n", *ps[0], ps[0].Scalar)
	m := map[string]Scalar{"b": {Data: 2}, "a": {Data: 1, Op: OpAdd}}
	fmt.Printf("%v\n", m)
	fmt.Printf("%8.3f|%-8.3f|%+.2e|%g\n", s.Data, s.Grad, 12345.678, 1e-7)
	fmt.Printf("%x %X %o %b\n", 255, 255, 8, 5)
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%6.2f%%\n", 12.3456)
	var e error
	fmt.Printf("%v %T\n", e, e)
	fmt.Println(fmt.Sprint("grad", 1, 2, "x", 3.0), fmt.Sprintln("a", 1))
	type anon = struct {
		X, Y int
	}
	fmt.Printf("%#v\n", anon{1, 2})
	fmt.Printf("%v %#v\n", []Op{OpLeaf, OpReLU}, []float64{1, 2.5})
}
