package main

import "fmt"

const minutesPerDay = 24 * 60

// Clock represents a time of day without a date.
type Clock struct {
	m int
}

// New normalises hours and minutes into a Clock.
func New(h, m int) Clock {
	total := (h*60 + m) % minutesPerDay
	if total < 0 {
		total += minutesPerDay
	}
	return Clock{total}
}

func (c Clock) Add(minutes int) Clock      { return New(0, c.m+minutes) }
func (c Clock) Subtract(minutes int) Clock { return New(0, c.m-minutes) }

func (c Clock) String() string {
	return fmt.Sprintf("%02d:%02d", c.m/60, c.m%60)
}

type testCase struct {
	h, m int
	want string
}

func main() {
	cases := []testCase{
		{8, 0, "08:00"},
		{11, 9, "11:09"},
		{24, 0, "00:00"},
		{25, 0, "01:00"},
		{100, 0, "04:00"},
		{1, 60, "02:00"},
		{0, 160, "02:40"},
		{-1, 15, "23:15"},
		{-25, -160, "20:20"},
		{-121, -5810, "22:10"},
	}
	for _, tc := range cases {
		got := New(tc.h, tc.m)
		status := "ok"
		if got.String() != tc.want {
			status = "FAIL"
		}
		fmt.Printf("New(%d, %d) = %v [%s]\n", tc.h, tc.m, got, status)
	}
	c := New(10, 3)
	fmt.Println(c.Add(-3), c.Subtract(3000), c.Add(1440*3+1))
	// Clocks are comparable values.
	fmt.Println(New(15, 37) == New(-9, 37+24*60*2))
	seen := map[Clock]int{}
	for i := 0; i < 2000; i += 97 {
		seen[New(0, i%300)]++
	}
	fmt.Println(len(seen), seen[New(0, 0)])
	fmt.Printf("%v %+v %s\n", c, c, c)
	var st fmt.Stringer = c.Add(59)
	fmt.Println(st)
}
