package main

import "fmt"

type Clock struct {
	minutes int
}

const day = 24 * 60

func New(h, m int) Clock {
	t := (h*60 + m) % day
	if t < 0 {
		t += day
	}
	return Clock{t}
}

func (c Clock) Add(m int) Clock      { return New(0, c.minutes+m) }
func (c Clock) Subtract(m int) Clock { return New(0, c.minutes-m) }

func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", c.minutes/60, c.minutes%60)
}

func main() {
	cases := []struct{ h, m int }{
		{8, 0}, {11, 9}, {24, 0}, {25, 0}, {100, 0}, {1, 60}, {0, 160},
		{0, 1723}, {-1, 15}, {-25, 0}, {-91, 0}, {1, -40}, {1, -160}, {-121, -5810},
	}
	for _, c := range cases {
		fmt.Printf("New(%d,%d) = %v\n", c.h, c.m, New(c.h, c.m))
	}
	c := New(10, 3)
	fmt.Println(c.Add(-3), c.Add(61), c.Subtract(3*day+1))
	fmt.Println(New(15, 37) == New(15, 37), New(-1, 0) == New(23, 0), New(0, 0) == New(24, 0))
	seen := map[Clock]int{}
	for i := 0; i < 100; i++ {
		seen[New(i, i*7)]++
	}
	fmt.Println(len(seen))
	var s fmt.Stringer = New(23, 59).Add(2)
	fmt.Printf("%s %v %q\n", s, s, s)
}
