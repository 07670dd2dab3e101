package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string { return []string{"S", "M", "L"}[s] }

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

var ErrFull = errors.New("lot full")

type Spot struct {
	ID       int
	Size     Size
	Occupant Vehicle
}

type Lot struct {
	spots  []*Spot
	parked map[string]*Spot
	fees   int
}

func NewLot(sizes ...Size) *Lot {
	l := &Lot{parked: map[string]*Spot{}}
	for i, s := range sizes {
		l.spots = append(l.spots, &Spot{ID: i + 1, Size: s})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	if _, dup := l.parked[v.Plate()]; dup {
		return 0, fmt.Errorf("%s already parked", v.Plate())
	}
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size() {
			s.Occupant = v
			l.parked[v.Plate()] = s
			return s.ID, nil
		}
	}
	return 0, fmt.Errorf("park %T %s: %w", v, v.Plate(), ErrFull)
}

func (l *Lot) Leave(plate string, hours int) error {
	s, ok := l.parked[plate]
	if !ok {
		return fmt.Errorf("no vehicle %q", plate)
	}
	l.fees += hours * (int(s.Occupant.Size()) + 1) * 2
	s.Occupant = nil
	delete(l.parked, plate)
	return nil
}

func (l *Lot) String() string {
	var b strings.Builder
	for _, s := range l.spots {
		if s.Occupant == nil {
			fmt.Fprintf(&b, "[%d%v:    ]", s.ID, s.Size)
		} else {
			fmt.Fprintf(&b, "[%d%v:%s]", s.ID, s.Size, s.Occupant.Plate())
		}
	}
	return b.String()
}

func main() {
	lot := NewLot(Small, Medium, Medium, Large)
	arrivals := []Vehicle{
		Car{base{"CAR1"}}, Motorbike{base{"MB01"}}, Bus{base{"BUS1"}, 40},
		Car{base{"CAR2"}}, Car{base{"CAR3"}}, Car{base{"CAR1"}},
	}
	for _, v := range arrivals {
		id, err := lot.Park(v)
		if err != nil {
			fmt.Println("  !", err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%s (%v) -> spot %d\n", v.Plate(), v.Size(), id)
	}
	fmt.Println(lot)
	fmt.Println(lot.Leave("MB01", 3), lot.Leave("CAR2", 2), lot.Leave("NOPE", 1))
	_, err := lot.Park(Car{base{"CAR3"}})
	fmt.Println(err, lot)
	plates := make([]string, 0, len(lot.parked))
	for p := range lot.parked {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	fmt.Println(plates, "fees:", lot.fees)
	if b, ok := lot.parked["BUS1"].Occupant.(Bus); ok {
		fmt.Printf("%+v %v\n", b, b.Seats)
	}
}
