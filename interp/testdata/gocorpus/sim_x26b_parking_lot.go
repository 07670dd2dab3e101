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

func (s Size) String() string { return map[Size]string{Small: "S", Medium: "M", Large: "L"}[s] }

type Vehicle interface {
	Plate() string
	Size() Size
}

type base struct{ plate string }

func (b base) Plate() string { return b.plate }

type Motorbike struct{ base }
type Car struct{ base }
type Bus struct {
	base
	Seats int
}

func (Motorbike) Size() Size { return Small }
func (Car) Size() Size       { return Medium }
func (Bus) Size() Size       { return Large }

type Spot struct {
	ID       int
	Size     Size
	Occupant Vehicle
}

var (
	ErrFull    = errors.New("no spot available")
	ErrUnknown = errors.New("vehicle not parked")
)

type Lot struct {
	spots  []*Spot
	where  map[string]*Spot
	ticks  map[string]int
	income int
}

func NewLot(layout string) *Lot {
	l := &Lot{where: map[string]*Spot{}, ticks: map[string]int{}}
	for i, c := range layout {
		l.spots = append(l.spots, &Spot{ID: i, Size: Size(strings.IndexRune("SML", c) + 1)})
	}
	return l
}

func (l *Lot) Park(v Vehicle, now int) (*Spot, error) {
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size() {
			s.Occupant = v
			l.where[v.Plate()] = s
			l.ticks[v.Plate()] = now
			return s, nil
		}
	}
	return nil, fmt.Errorf("park %s (%v): %w", v.Plate(), v.Size(), ErrFull)
}

func (l *Lot) Leave(plate string, now int) (int, error) {
	s, ok := l.where[plate]
	if !ok {
		return 0, fmt.Errorf("leave %s: %w", plate, ErrUnknown)
	}
	fee := (now - l.ticks[plate]) * int(s.Occupant.Size()) * 2
	if b, ok := s.Occupant.(Bus); ok {
		fee += b.Seats / 10
	}
	s.Occupant = nil
	delete(l.where, plate)
	delete(l.ticks, plate)
	l.income += fee
	return fee, nil
}

func (l *Lot) String() string {
	var sb strings.Builder
	for _, s := range l.spots {
		if s.Occupant == nil {
			sb.WriteString(strings.ToLower(s.Size.String()))
		} else {
			sb.WriteString(s.Size.String())
		}
	}
	return sb.String()
}

func main() {
	lot := NewLot("SSMMML")
	vs := []Vehicle{Car{base{"C1"}}, Motorbike{base{"M1"}}, Bus{base{"B1"}, 40}, Car{base{"C2"}}, Car{base{"C3"}}, Motorbike{base{"M2"}}, Car{base{"C4"}}, Bus{base{"B2"}, 20}}
	for t, v := range vs {
		s, err := lot.Park(v, t)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("t=%d %s -> spot %d (%v) %v\n", t, v.Plate(), s.ID, s.Size, lot)
	}
	for i, p := range []string{"C1", "B1", "ZZ", "M2"} {
		fee, err := lot.Leave(p, 10+i)
		fmt.Println(p, fee, err, lot)
	}
	_, err := lot.Park(Bus{base{"B2"}, 20}, 20)
	fmt.Println(err, lot, lot.income, len(lot.where))
}
