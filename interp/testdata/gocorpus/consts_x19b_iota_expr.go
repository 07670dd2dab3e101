package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", float64(b))
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const big = huge >> 98

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1500), ByteSize(3.5*1024*1024*1024), ByteSize(12))
	fmt.Printf("%03b %03b %03b %03b\n", Read, Write, Exec, All)
	p := Read | Exec
	fmt.Println(p&Write != 0, p&Exec != 0, p&^Exec)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(big, huge/huge)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	const typed int32 = 7
	const untyped = 7
	var x float64 = untyped / 2
	var y = typed / 2
	fmt.Printf("%v %T %v %T\n", x, x, y, y)
	const fl = 7.0
	var z int = fl
	fmt.Printf("%v %T\n", z, z)
	const r = 'a' + 1
	fmt.Printf("%v %T %c\n", r, r, r)
	const s = "go" + "pher"
	fmt.Println(len(s), s[2:])
	fmt.Printf("%T %T %T\n", 1<<3, 2.0*3, 'x'*2)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8, ^uint8(0), -(-128))
}
