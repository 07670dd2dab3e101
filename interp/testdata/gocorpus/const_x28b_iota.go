package main

import (
	"fmt"
	"math"
	"strings"
)

// iota pitfalls: zero value as a valid enum member, skipping values, bit flags,
// and typed vs untyped constants.

type Status int

const (
	StatusUnknown Status = iota // zero value means "not set"
	StatusActive
	StatusSuspended
	StatusDeleted
)

var statusNames = [...]string{"unknown", "active", "suspended", "deleted"}

func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusNames[s]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "A"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	return strings.Join(parts, "|")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", b)
}

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100 // untyped constants have arbitrary precision

type user struct {
	Name   string
	Status Status
}

func main() {
	var u user
	fmt.Printf("%+v\n", u)
	u.Status = StatusSuspended
	fmt.Printf("%v %d %s\n", u.Status, u.Status, Status(9))

	p := Read | Write
	fmt.Println(p, p|Exec, p&^Write, Perm(0), Admin, uint8(Admin))
	p |= Admin
	fmt.Println(p, p&Admin != 0, p&Exec != 0)

	fmt.Println(ByteSize(512), ByteSize(1536), ByteSize(5*MB), ByteSize(3.5*float64(GB)))
	fmt.Println(a, b, c, d, e, f)

	fmt.Println(huge >> 98)
	fmt.Println(float64(huge) > math.MaxInt64)

	// Untyped constant arithmetic is exact; typed truncates.
	const third = 1.0 / 3
	var x float32 = third
	fmt.Println(third*3 == 1, x*3 == 1)
	const ten = 10
	var ratio float64 = ten / 4
	var iratio = ten / 4
	fmt.Println(ratio, iratio, ten/4.0)

	type Weekday int
	const (
		Sunday Weekday = iota
		Monday
		Tuesday
	)
	fmt.Printf("%T %v\n", Tuesday, Tuesday+Monday)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64))
}
