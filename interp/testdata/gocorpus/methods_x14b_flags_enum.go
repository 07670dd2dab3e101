package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

var permNames = []struct {
	p    Perm
	name string
}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "A"}}

func (p Perm) String() string {
	if p == 0 {
		return "-"
	}
	var sb strings.Builder
	for _, pn := range permNames {
		if p&pn.p != 0 {
			sb.WriteString(pn.name)
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		fmt.Fprintf(&sb, "+%#x", uint8(rest))
	}
	return sb.String()
}

func (p Perm) Has(q Perm) bool    { return p&q == q }
func (p *Perm) Grant(q Perm)      { *p |= q }
func (p *Perm) Revoke(q Perm)     { *p &^= q }
func (p Perm) Toggle(q Perm) Perm { return p ^ q }

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

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }
func (d Weekday) Add(n int) Weekday {
	return Weekday(((int(d)+n)%7 + 7) % 7)
}

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func (s Size) String() string {
	switch {
	case s >= GB:
		return fmt.Sprintf("%.2fGB", s/GB)
	case s >= MB:
		return fmt.Sprintf("%.2fMB", s/MB)
	case s >= KB:
		return fmt.Sprintf("%.2fKB", s/KB)
	}
	return fmt.Sprintf("%.0fB", float64(s))
}

func main() {
	var p Perm
	fmt.Println(p)
	p.Grant(Read | Write)
	fmt.Println(p, p.Has(Read), p.Has(Read|Exec))
	p.Grant(Admin)
	p.Revoke(Write)
	fmt.Println(p, p.Toggle(Exec|Read), Perm(0xF3), uint8(p))
	fmt.Printf("%v %d %s %08b\n", p, p, Exec, p)
	perms := map[string]Perm{"alice": Read | Write | Exec, "bob": Read}
	fmt.Println(perms)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, map[bool]string{true: "*", false: ""}[d.Weekend()], " ")
	}
	fmt.Println()
	fmt.Println(Friday.Add(3), Monday.Add(-2), Wednesday.Add(14))
	for _, s := range []Size{512, 1536, 5 * MB, 2.5 * GB} {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Println(KB, MB, []Weekday{Tuesday, Thursday})
}
