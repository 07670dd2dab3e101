package main

import "fmt"

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

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return names[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			s += string(c)
		} else {
			s += "-"
		}
	}
	return s
}

const (
	a = iota * 10
	b
	c = "str"
	d
	e    = iota
	f, g = iota, iota + 100
	h, i
)

const huge = 1 << 100

const (
	typed   int     = 7
	untyped         = 7
	fl      float64 = 1 / 2
	fl2             = 1 / 2.0
)

func main() {
	fmt.Println(Monday, Saturday, Weekday(3))
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
	fmt.Println(KB, MB, GB)
	fmt.Println(Read|Exec, Write, Read|Write|Exec, Perm(0))
	fmt.Println(a, b, c, d, e, f, g, h, i)
	fmt.Println(huge >> 98)
	fmt.Println(typed, untyped, fl, fl2)
	fmt.Println(untyped/2, untyped/2.0, typed/2)

	const big = 1 << 40
	var x float32 = big
	fmt.Println(x, big/1e12)

	day := Sunday
	day += 8
	fmt.Println(int(day % 7))
	fmt.Println(Weekday(int(day) % 7))

	const r = 'A' + 1
	fmt.Printf("%v %c %T\n", r, r, r)
	const s = "go" + "lang"
	fmt.Println(len(s), s[2:])
	var arr [len(s)]int
	fmt.Println(len(arr))

	type Color int
	const (
		Red Color = iota + 1
		Green
		Blue
	)
	fmt.Printf("%d %d %d %v\n", Red, Green, Blue, Blue == 3)
	fmt.Printf("%#v %+v\n", Tuesday, Write)
}
