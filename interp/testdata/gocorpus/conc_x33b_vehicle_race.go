package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Racer interface {
	Name() string
	Speed(lap int) int
}

type Car struct {
	name  string
	base  int
	boost int
}

func (c Car) Name() string { return c.name }
func (c Car) Speed(lap int) int {
	if lap%3 == 0 {
		return c.base + c.boost
	}
	return c.base
}

type Bike struct{ name string }

func (b Bike) Name() string      { return b.name }
func (b Bike) Speed(lap int) int { return 40 + lap*5 }

type LapEvent struct {
	Racer string
	Lap   int
	Total int
}

func race(rs []Racer, laps int) []LapEvent {
	events := make(chan LapEvent)
	var wg sync.WaitGroup
	for _, r := range rs {
		wg.Add(1)
		go func(r Racer) {
			defer wg.Done()
			total := 0
			for lap := 1; lap <= laps; lap++ {
				total += r.Speed(lap)
				events <- LapEvent{r.Name(), lap, total}
			}
		}(r)
	}
	go func() {
		wg.Wait()
		close(events)
	}()
	var all []LapEvent
	for e := range events {
		all = append(all, e)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Lap != all[j].Lap {
			return all[i].Lap < all[j].Lap
		}
		if all[i].Total != all[j].Total {
			return all[i].Total > all[j].Total
		}
		return all[i].Racer < all[j].Racer
	})
	return all
}

func main() {
	racers := []Racer{
		Car{"Falcon", 60, 30},
		Car{"Turtle", 45, 0},
		Bike{"Zippy"},
		Car{"Comet", 55, 40},
	}
	events := race(racers, 5)
	lap := 0
	var line []string
	flush := func() {
		if len(line) > 0 {
			fmt.Printf("lap %d: %s\n", lap, strings.Join(line, "  "))
		}
		line = nil
	}
	for _, e := range events {
		if e.Lap != lap {
			flush()
			lap = e.Lap
		}
		line = append(line, fmt.Sprintf("%s=%d", e.Racer, e.Total))
	}
	flush()
	final := events[len(events)-len(racers):]
	fmt.Printf("winner: %s with %d\n", final[0].Racer, final[0].Total)
	podium := make(map[int]string)
	for i, e := range final[:3] {
		podium[i+1] = e.Racer
	}
	fmt.Println(podium)

	done := make(chan string, len(racers))
	for _, r := range racers {
		go func() { done <- r.Name() }()
	}
	var finished []string
	for range racers {
		finished = append(finished, <-done)
	}
	sort.Strings(finished)
	fmt.Println(finished)
	fmt.Printf("%v %+v %T\n", racers[0], racers[2], racers[2])
}
