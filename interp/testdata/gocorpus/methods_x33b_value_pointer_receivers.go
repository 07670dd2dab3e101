package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }
func (c Counter) IncCopy()   { c.n++ }

type Temperature struct {
	Celsius float64
}

func (t Temperature) Fahrenheit() float64 { return t.Celsius*9/5 + 32 }
func (t *Temperature) Warm(d float64)     { t.Celsius += d }

type Playlist struct {
	Name  string
	Songs []string
}

func (p *Playlist) Add(s ...string) *Playlist {
	p.Songs = append(p.Songs, s...)
	return p
}

func (p Playlist) String() string {
	return fmt.Sprintf("%s: %s", p.Name, strings.Join(p.Songs, " | "))
}

type Incrementer interface{ Inc() }

func main() {
	c := Counter{name: "clicks"}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.name, c.Value())

	inc := c.Inc
	inc()
	inc()
	fmt.Println("after method value:", c.Value())

	valueFn := Counter.Value
	ptrFn := (*Counter).Inc
	ptrFn(&c)
	fmt.Println("method expressions:", valueFn(c))

	counters := []Counter{{"a", 0}, {"b", 10}}
	for _, ct := range counters {
		ct.Inc()
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)

	m := map[string]*Counter{"x": {name: "x"}}
	m["x"].Inc()
	fmt.Println(*m["x"])

	var i Incrementer = &c
	i.Inc()
	fmt.Println(c.n)

	t := Temperature{20}
	fns := []func(float64){t.Warm, (&t).Warm}
	for _, f := range fns {
		f(1.5)
	}
	fmt.Printf("%.1f°C = %.1f°F\n", t.Celsius, t.Fahrenheit())
	f := t.Fahrenheit
	t.Warm(100)
	fmt.Printf("bound earlier: %.1f, now: %.1f\n", f(), t.Fahrenheit())

	p := &Playlist{Name: "Road trip"}
	p.Add("Song A").Add("Song B", "Song C")
	fmt.Println(p)
	fmt.Println(*p)
	fmt.Printf("%v|%s|%+v\n", p, p, *p)

	type namer interface{ String() string }
	var n namer = *p
	fmt.Println(n.String() == p.String())
}
