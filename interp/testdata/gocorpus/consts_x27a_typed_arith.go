package main

import (
	"fmt"
	"math"
	"time"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
)

func (d Duration) String() string {
	switch {
	case d >= Minute:
		return fmt.Sprintf("%dm%ds", d/Minute, (d%Minute)/Second)
	case d >= Second:
		return fmt.Sprintf("%.3fs", float64(d)/float64(Second))
	case d >= Millisecond:
		return fmt.Sprintf("%dms", d/Millisecond)
	}
	return fmt.Sprintf("%dns", int64(d))
}

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	s := []byte("---")
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			s[i] = byte(c)
		}
	}
	return string(s)
}

const (
	Pi2     = math.Pi * 2
	Third   = 1.0 / 3
	IntDiv  = 1 / 3
	Mixed   = 10 / 4.0
	BigExp  = 1e300 * 1e300 / 1e300
	MaxU8   = math.MaxUint8
	Rune    = 'a' + 2
	Shifted = 1 << 62 >> 60
)

func main() {
	fmt.Println(90*Second, 1500*Millisecond, 3*Minute+7*Second, Duration(42))
	fmt.Printf("%T %v\n", Minute, int64(Minute))
	var p Perm = Read | Exec
	fmt.Println(p, All, p&^Read, p|Write, Perm(0))
	fmt.Println(Pi2, Third, IntDiv, Mixed, BigExp, MaxU8, Rune, string(rune(Rune)), Shifted)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64, float64(f32) == f64)
	x := 10
	fmt.Println(x/4, float64(x)/4, x/4*4, x%4)
	const c = 5
	var u8 uint8 = c * 50
	var i16 int16 = c * -1000
	fmt.Println(u8, i16, c/2, c/2.0)
	td := time.Duration(1500) * time.Millisecond
	fmt.Println(td, td.Seconds(), time.Duration(90)*time.Second, 2*time.Hour+30*time.Minute)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Round(time.Minute), d.Truncate(time.Hour))
	t := time.Date(2024, time.February, 28, 23, 0, 0, 0, time.UTC)
	t2 := t.Add(2 * time.Hour)
	fmt.Println(t2.Format("2006-01-02 15:04 Mon"), t2.YearDay(), t2.Sub(t), t.Weekday())
}
