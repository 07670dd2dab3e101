package main

import (
	"fmt"
	"strings"
	"sync"
)

type Light int

const (
	Red Light = iota
	Green
	Yellow
	FlashingRed
)

func (l Light) String() string {
	return [...]string{"RED", "GREEN", "YELLOW", "FLASHING-RED"}[l]
}

type Event struct {
	Kind string
	Tick int
}

type Controller struct {
	light    Light
	timer    int
	pedWait  bool
	mu       sync.Mutex
	journal  []string
	durOf    map[Light]int
	nextOf   map[Light]Light
	failures int
}

func (c *Controller) record(tick int, format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.journal = append(c.journal, fmt.Sprintf("[%02d] ", tick)+fmt.Sprintf(format, args...))
}

func (c *Controller) step(ev Event) {
	switch ev.Kind {
	case "tick":
		if c.light == FlashingRed {
			return
		}
		c.timer++
		limit := c.durOf[c.light]
		if c.light == Green && c.pedWait {
			limit = min(limit, 2)
		}
		if c.timer >= limit {
			old := c.light
			c.light, c.timer = c.nextOf[c.light], 0
			if old == Green {
				c.pedWait = false
			}
			c.record(ev.Tick, "%v -> %v", old, c.light)
		}
	case "button":
		if !c.pedWait {
			c.pedWait = true
			c.record(ev.Tick, "pedestrian waiting (light %v)", c.light)
		}
	case "fault":
		c.failures++
		c.light = FlashingRed
		c.record(ev.Tick, "fault #%d: %v", c.failures, c.light)
	case "reset":
		c.light, c.timer = Red, 0
		c.record(ev.Tick, "reset to %v", c.light)
	}
}

func main() {
	c := &Controller{
		durOf:  map[Light]int{Red: 4, Green: 5, Yellow: 1},
		nextOf: map[Light]Light{Red: Green, Green: Yellow, Yellow: Red},
	}
	ticks := make(chan int)
	buttons := make(chan int)
	control := make(chan string)
	done := make(chan struct{})
	ack := make(chan struct{})

	go func() {
		defer close(done)
		for {
			select {
			case t, ok := <-ticks:
				if !ok {
					return
				}
				c.step(Event{"tick", t})
			case t := <-buttons:
				c.step(Event{"button", t})
			case cmd := <-control:
				kind, tick, _ := strings.Cut(cmd, "@")
				var n int
				fmt.Sscanf(tick, "%d", &n)
				c.step(Event{kind, n})
			}
			ack <- struct{}{}
		}
	}()

	script := map[int][]string{3: {"button"}, 7: {"button"}, 12: {"fault"}, 15: {"reset"}, 20: {"button", "button"}}
	for t := 1; t <= 24; t++ {
		for _, s := range script[t] {
			if s == "button" {
				buttons <- t
			} else {
				control <- fmt.Sprintf("%s@%d", s, t)
			}
			<-ack
		}
		ticks <- t
		<-ack
	}
	close(ticks)
	<-done
	for _, j := range c.journal {
		fmt.Println(j)
	}
	fmt.Printf("final: %v timer=%d failures=%d %d\n", c.light, c.timer, c.failures, c.light)
}
