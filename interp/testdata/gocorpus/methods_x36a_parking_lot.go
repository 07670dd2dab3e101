package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "small"
	case Medium:
		return "medium"
	case Large:
		return "large"
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

type Vehicle interface {
	Plate() string
	Size() Size
}

type vehicle struct {
	plate string
}

func (v vehicle) Plate() string { return v.plate }

type Motorcycle struct{ vehicle }
type Car struct{ vehicle }
type Bus struct {
	vehicle
	Seats int
}

func (Motorcycle) Size() Size { return Small }
func (Car) Size() Size        { return Medium }
func (Bus) Size() Size        { return Large }

var ErrFull = errors.New("no spot available")

type Spot struct {
	ID   int
	Size Size
	Car  Vehicle
}

type Lot struct {
	spots  []*Spot
	parked map[string]*Spot
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
		return 0, fmt.Errorf("park %s: already parked", v.Plate())
	}
	var best *Spot
	for _, s := range l.spots {
		if s.Car == nil && s.Size >= v.Size() && (best == nil || s.Size < best.Size) {
			best = s
		}
	}
	if best == nil {
		return 0, fmt.Errorf("park %s (%v): %w", v.Plate(), v.Size(), ErrFull)
	}
	best.Car = v
	l.parked[v.Plate()] = best
	return best.ID, nil
}

func (l *Lot) Leave(plate string) bool {
	s, ok := l.parked[plate]
	if ok {
		s.Car = nil
		delete(l.parked, plate)
	}
	return ok
}

func (l *Lot) String() string {
	plates := make([]string, 0, len(l.parked))
	for p := range l.parked {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	var parts []string
	for _, p := range plates {
		s := l.parked[p]
		parts = append(parts, fmt.Sprintf("%s@%d(%T)", p, s.ID, s.Car))
	}
	return fmt.Sprintf("%d/%d [%s]", len(l.parked), len(l.spots), strings.Join(parts, " "))
}

func main() {
	lot := NewLot(Small, Medium, Medium, Large)
	vehicles := []Vehicle{
		Car{vehicle{"CAR-1"}},
		Motorcycle{vehicle{"MOTO-1"}},
		Bus{vehicle{"BUS-1"}, 40},
		Car{vehicle{"CAR-2"}},
		Motorcycle{vehicle{"MOTO-2"}},
		Car{vehicle{"CAR-1"}},
	}
	for _, v := range vehicles {
		id, err := lot.Park(v)
		if err != nil {
			fmt.Println("error:", err, "| full:", errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%-7s %-6v -> spot %d\n", v.Plate(), v.Size(), id)
	}
	fmt.Println(lot)
	fmt.Println(lot.Leave("BUS-1"), lot.Leave("NOPE"))
	id, err := lot.Park(Motorcycle{vehicle{"MOTO-2"}})
	fmt.Println(id, err)
	fmt.Println(lot)
	b := Bus{vehicle{"B"}, 12}
	fmt.Printf("%v|%+v|%s|%v\n", b, b, Size(9), b.Plate())
}
