package main

import (
	"errors"
	"fmt"
	"strings"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

var sizeNames = map[Size]string{Small: "S", Medium: "M", Large: "L"}

func (s Size) String() string { return sizeNames[s] }

type Vehicle interface {
	Plate() string
	Needs() Size
}

type base struct{ plate string }

func (b base) Plate() string { return b.plate }

type Motorbike struct{ base }
type Car struct{ base }
type Bus struct {
	base
	Seats int
}

func (Motorbike) Needs() Size { return Small }
func (Car) Needs() Size       { return Medium }
func (Bus) Needs() Size       { return Large }

type Spot struct {
	Size Size
	V    Vehicle
}

type Lot struct {
	spots []Spot
	where map[string]int
}

var ErrFull = errors.New("no spot available")

func (l *Lot) Park(v Vehicle) (int, error) {
	for i := range l.spots {
		s := &l.spots[i]
		if s.V == nil && s.Size >= v.Needs() {
			s.V = v
			l.where[v.Plate()] = i
			return i, nil
		}
	}
	return -1, fmt.Errorf("%s (%T): %w", v.Plate(), v, ErrFull)
}

func (l *Lot) Leave(plate string) bool {
	i, ok := l.where[plate]
	if !ok {
		return false
	}
	l.spots[i].V = nil
	delete(l.where, plate)
	return true
}

func (l *Lot) String() string {
	parts := make([]string, len(l.spots))
	for i, s := range l.spots {
		if s.V == nil {
			parts[i] = s.Size.String() + ":_"
		} else {
			parts[i] = s.Size.String() + ":" + s.V.Plate()
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	lot := &Lot{where: map[string]int{}}
	for _, sz := range []Size{Small, Small, Medium, Medium, Large} {
		lot.spots = append(lot.spots, Spot{Size: sz})
	}
	arrivals := []Vehicle{
		Car{base{"CAR1"}}, Motorbike{base{"MB1"}}, Bus{base{"BUS1"}, 40},
		Car{base{"CAR2"}}, Car{base{"CAR3"}}, Motorbike{base{"MB2"}}, Bus{base{"BUS2"}, 30},
	}
	for _, v := range arrivals {
		if i, err := lot.Park(v); err != nil {
			fmt.Println("rejected:", err)
		} else {
			fmt.Printf("%s parked at %d\n", v.Plate(), i)
		}
	}
	fmt.Println(lot)
	fmt.Println(lot.Leave("BUS1"), lot.Leave("NOPE"))
	_, err := lot.Park(arrivals[6])
	fmt.Println(err, lot)
	fmt.Printf("%v %+v %d\n", arrivals[2], arrivals[2], len(lot.where))
}
