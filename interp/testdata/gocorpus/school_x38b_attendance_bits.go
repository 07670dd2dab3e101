package main

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

type Weekday uint8

const (
	Mon Weekday = 1 << iota
	Tue
	Wed
	Thu
	Fri
	Weekdays = Mon | Tue | Wed | Thu | Fri
)

var dayNames = []string{"Mon", "Tue", "Wed", "Thu", "Fri"}

func (w Weekday) String() string {
	if w == 0 {
		return "none"
	}
	var parts []string
	for i, n := range dayNames {
		if w&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

type Attendance struct {
	Student string
	weeks   []uint64 // bit i set = present on school day i of the term week block
}

type Register struct {
	days    int
	records map[string]*Attendance
}

func (r *Register) Mark(student string, day int) {
	a, ok := r.records[student]
	if !ok {
		a = &Attendance{Student: student}
		r.records[student] = a
	}
	for len(a.weeks) <= day/64 {
		a.weeks = append(a.weeks, 0)
	}
	a.weeks[day/64] |= 1 << (day % 64)
}

func (a *Attendance) Present() int {
	n := 0
	for _, w := range a.weeks {
		n += bits.OnesCount64(w)
	}
	return n
}

func (a *Attendance) Pattern(days int) string {
	var sb strings.Builder
	for d := 0; d < days; d++ {
		if d/64 < len(a.weeks) && a.weeks[d/64]>>(d%64)&1 == 1 {
			sb.WriteByte('#')
		} else {
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

func main() {
	reg := &Register{days: 70, records: map[string]*Attendance{}}
	students := []string{"ivy", "jay", "kai"}
	for d := 0; d < reg.days; d++ {
		for i, s := range students {
			if (d*7+i*3)%10 < 8-2*i || d%5 == 4 && i == 0 {
				reg.Mark(s, d)
			}
		}
	}
	names := make([]string, 0, len(reg.records))
	for n := range reg.records {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := reg.records[n]
		pct := float64(a.Present()) / float64(reg.days) * 100
		fmt.Printf("%-3s %2d/%d %5.1f%% %s\n", n, a.Present(), reg.days, pct, a.Pattern(20))
	}
	club := Mon | Wed | Fri
	fmt.Println(club, Weekdays, Weekday(0), club&^Wed, club^Weekdays)
	fmt.Printf("%05b %d %v\n", club, bits.OnesCount8(uint8(club)), club&Tue == 0)
	fmt.Println(bits.LeadingZeros64(1<<40), bits.TrailingZeros(96), bits.Len(255), bits.Reverse8(1))
	x := uint64(0xF0F0)
	fmt.Printf("%#x %#x %#o %x\n", x<<4, x>>8, x&0777, ^uint16(x))
	var sid int32 = -8
	fmt.Println(sid>>1, uint32(sid)>>28, sid<<2)
}
