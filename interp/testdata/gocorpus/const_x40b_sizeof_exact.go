package main

import (
	"fmt"
	"math"
	"unsafe"
)

type Padded struct {
	A bool
	B int64
	C bool
}

type Packed struct {
	B int64
	A bool
	C bool
}

type Empty struct{}

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
	Exact = Third * 3
	Pi2   = math.Pi * 2
	Mask  = ^uint8(0)
	Neg   = -5 >> 1
	Str   = "héllo"
	Len   = len(Str)
	Ch    = 'h' + 1
	Flag  = Len > 5 && Small == 4
)

type Bit uint

const (
	B0 Bit = 1 << iota
	B1
	_
	B3
	B4 = B3 * 10
	B5
)

func main() {
	fmt.Println(unsafe.Sizeof(Padded{}), unsafe.Sizeof(Packed{}), unsafe.Sizeof(Empty{}))
	fmt.Println(unsafe.Sizeof(int32(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof([3]int16{}))
	fmt.Println(unsafe.Alignof(int64(0)), unsafe.Offsetof(Padded{}.C), unsafe.Offsetof(Packed{}.C))

	fmt.Println(Small, Exact == 1, Third)
	fmt.Printf("%.10f %T\n", Pi2, Pi2)
	fmt.Println(Mask, Neg, Len, Ch, Flag)
	fmt.Printf("%T %T %T\n", Mask, Ch, Flag)
	fmt.Println(B0, B1, B3, B4, B5)
	fmt.Println(Big / (Big >> 1))

	// typed arithmetic overflows at run time, constants never do
	const c = math.MaxInt64
	v := int64(c)
	v++
	fmt.Println(v == math.MinInt64)
	fmt.Println(c/2+c/2+1 == c)

	// division of constants: integer vs float
	const i1, f1 = 7 / 2, 7 / 2.0
	fmt.Println(i1, f1, i1*2, f1*2)

	var x uint8 = 200
	var y uint8 = 100
	fmt.Println(x+y, int(x)+int(y), x*2, x/3)

	// rune and byte constants
	const r = 'é'
	fmt.Println(r, string(r), len(string(r)), Str[1:3] == string(r))
	var b byte = 'A' + 25
	fmt.Printf("%c %d\n", b, b)

	// shifts of untyped constants take the type from context
	var s uint = 3
	var f float64 = 1 << 3
	k := 1 << s
	fmt.Printf("%v %T %v %T\n", f, f, k, k)
	fmt.Println(math.MaxUint32+1 == 1<<32, uint32(math.MaxUint32))
}
