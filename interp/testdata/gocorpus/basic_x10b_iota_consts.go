// Exercises: untyped constants, iota with skipped values, typed iota Weekday with String, KB/MB/GB shifts, untyped float constants
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

func (d Weekday) String() string {
	names := map[Weekday]string{Sunday: "Sun", Monday: "Mon", Tuesday: "Tue", Thursday: "Thu"}
	if n, ok := names[d]; ok {
		return n
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	KiB = 1000
	MiB = KiB * KiB
	GiB = MiB * KiB
)

type Flags uint

const (
	FlagUp Flags = 1 << iota
	FlagBroadcast
	FlagLoopback
)

const huge = 1 << 100

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%d %v %T\n", Saturday, Weekday(3), Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(KiB, MiB, GiB)
	fmt.Println(FlagUp, FlagBroadcast, FlagLoopback, FlagUp|FlagLoopback)
	fmt.Println(huge>>98, huge/(1<<97))
	const pi = 3.14159265358979323846264338327950288419716939937510582097494459
	var f32 float32 = pi
	fmt.Println(f32, pi*2, int(f32*1000))
	const c = 10 / 4
	const d = 10 / 4.0
	fmt.Println(c, d)
}
