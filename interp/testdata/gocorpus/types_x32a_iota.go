package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var sb strings.Builder
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			sb.WriteRune(c)
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

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
	return fmt.Sprintf("%.2fB", b)
}

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota + 100
)

const typedless = 1 << 62
const huge = typedless * 4 / 8 // constant arithmetic is exact

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%v(%d weekend=%t) ", d, d, d.Weekend())
	}
	fmt.Println()
	fmt.Println(Weekday(9), Friday+1, []Weekday{Monday, Friday})
	fmt.Printf("%v %d %s %q\n", Tuesday, Tuesday, Tuesday, Tuesday)

	var p Perm = Read | Exec
	fmt.Println(p, Read|Write, Perm(0), Read|Write|Exec)
	p |= Write
	p &^= Read
	fmt.Println(p, p&Write != 0, p&Read != 0)
	fmt.Printf("%08b %v\n", uint8(p), Exec)

	fmt.Println(ByteSize(1023), ByteSize(1e6), GB, ByteSize(3.5*float64(TB)))
	fmt.Println(a, b, d, e, f)
	fmt.Println(huge, KB, float64(MB))

	type Level int
	const (
		Debug Level = iota - 1
		Info
		Warn
	)
	fmt.Println(Debug, Info, Warn)
	fmt.Printf("%T %T\n", Warn, Saturday)
}
