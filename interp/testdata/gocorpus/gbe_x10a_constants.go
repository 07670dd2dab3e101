// Exercises: constants - untyped arithmetic with arbitrary precision, typed constants, iota expressions, constant conversion
package main

import (
	"fmt"
	"math"
	"time"
)

const appName = "tally"

const (
	Huge      = 1 << 80
	Shrunk    = Huge >> 78
	Third     = 1.0 / 3
	Billion   = 1e9
	Nanos     = Billion * 1
	MaxUint16 = 1<<16 - 1
)

type Size uint64

const (
	B Size = 1 << (10 * iota)
	KiB
	MiB
	GiB
)

type Flag uint8

const (
	Read Flag = 1 << iota
	Write
	Exec
	_
	Admin
)

const (
	x0, y0 = iota + 1, iota * 2
	x1, y1
)

func half(f float64) float64 { return f / 2 }

func main() {
	fmt.Println(appName, len(appName))
	fmt.Println(Shrunk, half(Shrunk), half(Huge) > 1e23)
	fmt.Println(Third, float32(Third), Third*3 == 1)
	fmt.Println(int64(Nanos), time.Duration(Billion), MaxUint16, uint16(MaxUint16))
	fmt.Println(B, KiB, MiB, GiB, GiB/MiB)
	fmt.Println(Read, Write, Exec, Admin, Read|Exec, (Read|Write)&Write != 0)
	fmt.Println(x0, y0, x1, y1)
	fmt.Printf("%T %T %T\n", KiB, Third, 'c')
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)), math.Pi*2, math.MaxInt16)
	var f float32 = Third
	var i = MaxUint16 / 2
	fmt.Println(f, i)
}
