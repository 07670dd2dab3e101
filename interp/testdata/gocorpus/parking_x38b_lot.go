package main

import (
	"fmt"
	"strings"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "S"
	case Medium:
		return "M"
	case Large:
		return "L"
	}
	return "?"
}

type Vehicle interface {
	Plate() string
	Size() Size
}

type base struct{ plate string }

func (b base) Plate() string { return b.plate }

type Motorcycle struct{ base }
type Car struct {
	base
	Electric bool
}
type Bus struct {
	base
	Seats int
}

func (Motorcycle) Size() Size { return Small }
func (Car) Size() Size        { return Medium }
func (Bus) Size() Size        { return Large }

type Spot struct {
	ID       string
	Size     Size
	Occupant Vehicle
}

type Lot struct {
	spots  []*Spot
	ticket map[string]*Spot
	fees   map[Size]int
}

func NewLot(layout string) *Lot {
	l := &Lot{ticket: map[string]*Spot{}, fees: map[Size]int{Small: 2, Medium: 5, Large: 12}}
	for level, row := range strings.Fields(layout) {
		for i, ch := range row {
			s := Small
			switch ch {
			case 'm':
				s = Medium
			case 'l':
				s = Large
			}
			l.spots = append(l.spots, &Spot{ID: fmt.Sprintf("%c%d", 'A'+level, i+1), Size: s})
		}
	}
	return l
}

func (l *Lot) Park(v Vehicle) (string, error) {
	if _, dup := l.ticket[v.Plate()]; dup {
		return "", fmt.Errorf("%s is already parked", v.Plate())
	}
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size() {
			s.Occupant = v
			l.ticket[v.Plate()] = s
			return s.ID, nil
		}
	}
	return "", fmt.Errorf("no %v spot for %s", v.Size(), v.Plate())
}

func (l *Lot) Leave(plate string, hours int) (int, error) {
	s, ok := l.ticket[plate]
	if !ok {
		return 0, fmt.Errorf("no ticket for %s", plate)
	}
	fee := l.fees[s.Occupant.Size()] * hours
	if c, ok := s.Occupant.(Car); ok && c.Electric {
		fee /= 2
	}
	s.Occupant = nil
	delete(l.ticket, plate)
	return fee, nil
}

func (l *Lot) Map() string {
	var sb strings.Builder
	for _, s := range l.spots {
		mark := "."
		if s.Occupant != nil {
			mark = s.Occupant.Size().String()
		}
		sb.WriteString(mark)
	}
	return sb.String()
}

func main() {
	lot := NewLot("ssm mml")
	vehicles := []Vehicle{
		Car{base{"CAR-1"}, false},
		Motorcycle{base{"MOTO-1"}},
		Bus{base{"BUS-1"}, 40},
		Car{base{"EV-1"}, true},
		Motorcycle{base{"MOTO-2"}},
		Bus{base{"BUS-2"}, 30},
		Car{base{"CAR-1"}, false},
	}
	for _, v := range vehicles {
		id, err := lot.Park(v)
		if err != nil {
			fmt.Println("  refused:", err)
			continue
		}
		fmt.Printf("%-7s %-16T -> %s  %s\n", v.Plate(), v, id, lot.Map())
	}
	for _, p := range []string{"EV-1", "BUS-1", "TRUCK", "MOTO-2"} {
		fee, err := lot.Leave(p, 3)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("%s paid $%d  %s\n", p, fee, lot.Map())
	}
	fmt.Printf("%v\n", vehicles[3])
	fmt.Printf("%+v\n", *lot.spots[0])
}
