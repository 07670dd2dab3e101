package main

import (
	"bufio"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

type Ticket struct {
	Plate string
	In    time.Time
	Spot  int
}

type Garage struct {
	spots   []string
	tickets map[string]Ticket
	revenue float64
	log     []string
}

func NewGarage(n int) *Garage {
	return &Garage{spots: make([]string, n), tickets: map[string]Ticket{}}
}

func fee(d time.Duration) float64 {
	if d <= 15*time.Minute {
		return 0
	}
	hours := math.Ceil(d.Hours())
	f := 2.5 * hours
	if days := math.Floor(d.Hours() / 24); days > 0 {
		f = math.Min(f, days*30+math.Min(2.5*math.Ceil(d.Hours()-days*24), 30))
	}
	return math.Min(f, 30*math.Ceil(d.Hours()/24))
}

func (g *Garage) Enter(plate string, at time.Time) error {
	if _, ok := g.tickets[plate]; ok {
		return fmt.Errorf("%s already inside", plate)
	}
	for i, s := range g.spots {
		if s == "" {
			g.spots[i] = plate
			g.tickets[plate] = Ticket{plate, at, i + 1}
			return nil
		}
	}
	return fmt.Errorf("full, %s turned away", plate)
}

func (g *Garage) Exit(plate string, at time.Time) (float64, time.Duration, error) {
	t, ok := g.tickets[plate]
	if !ok {
		return 0, 0, fmt.Errorf("no ticket for %s", plate)
	}
	delete(g.tickets, plate)
	g.spots[t.Spot-1] = ""
	d := at.Sub(t.In)
	f := fee(d)
	g.revenue += f
	return f, d, nil
}

const events = `06:55 IN  KX-101
07:10 IN  BB-777
07:12 IN  ZZ-000
07:30 IN  QQ-321
07:31 IN  KX-101
07:20 OUT ZZ-000
08:00 IN  QQ-321
12:45 OUT KX-101
+1 09:05 OUT BB-777
+1 09:10 OUT NOPE-1
+2 18:00 OUT QQ-321`

func main() {
	g := NewGarage(3)
	day := time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC)
	sc := bufio.NewScanner(strings.NewReader(events))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		offset := 0
		if strings.HasPrefix(f[0], "+") {
			fmt.Sscanf(f[0], "+%d", &offset)
			f = f[1:]
		}
		var h, m int
		fmt.Sscanf(f[0], "%d:%d", &h, &m)
		at := day.AddDate(0, 0, offset).Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
		switch f[1] {
		case "IN":
			if err := g.Enter(f[2], at); err != nil {
				fmt.Println(at.Format("Jan 2 15:04"), "ERR", err)
				continue
			}
			fmt.Printf("%s IN  %-7s spot %d\n", at.Format("Jan 2 15:04"), f[2], g.tickets[f[2]].Spot)
		case "OUT":
			fee, d, err := g.Exit(f[2], at)
			if err != nil {
				fmt.Println(at.Format("Jan 2 15:04"), "ERR", err)
				continue
			}
			fmt.Printf("%s OUT %-7s %-9v $%6.2f\n", at.Format("Jan 2 15:04"), f[2], d, fee)
		}
	}
	fmt.Printf("revenue $%.2f, occupied %q\n", g.revenue, g.spots)
	var left []string
	for p := range g.tickets {
		left = append(left, p)
	}
	sort.Strings(left)
	fmt.Println("still inside:", left, "year now", day.AddDate(0, 0, 2).Year())
}
