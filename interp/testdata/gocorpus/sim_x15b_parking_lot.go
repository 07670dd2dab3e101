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

func (s Size) String() string { return [...]string{"?", "S", "M", "L"}[s] }

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	ID       string
	Size     Size
	Occupant *Vehicle
}

type Lot struct {
	spots   []*Spot
	byPlate map[string]*Spot
	revenue int
	entry   map[string]int
}

var ErrFull = errors.New("lot full")

func NewLot(layout string) *Lot {
	l := &Lot{byPlate: map[string]*Spot{}, entry: map[string]int{}}
	for level, row := range strings.Split(layout, "/") {
		for i, c := range row {
			sz := map[rune]Size{'s': Small, 'm': Medium, 'l': Large}[c]
			l.spots = append(l.spots, &Spot{ID: fmt.Sprintf("%d%c", level, 'A'+i), Size: sz})
		}
	}
	sort.SliceStable(l.spots, func(i, j int) bool { return l.spots[i].Size < l.spots[j].Size })
	return l
}

func (l *Lot) Park(v Vehicle, t int) (string, error) {
	if _, dup := l.byPlate[v.Plate]; dup {
		return "", fmt.Errorf("%s already parked", v.Plate)
	}
	for _, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size {
			s.Occupant = &v
			l.byPlate[v.Plate] = s
			l.entry[v.Plate] = t
			return s.ID, nil
		}
	}
	return "", fmt.Errorf("park %s (%v): %w", v.Plate, v.Size, ErrFull)
}

func (l *Lot) Leave(plate string, t int) (fee int, err error) {
	s, ok := l.byPlate[plate]
	if !ok {
		return 0, fmt.Errorf("unknown plate %s", plate)
	}
	hours := (t - l.entry[plate] + 59) / 60
	fee = hours * int(s.Occupant.Size) * 2
	s.Occupant = nil
	delete(l.byPlate, plate)
	delete(l.entry, plate)
	l.revenue += fee
	return fee, nil
}

func (l *Lot) Map() string {
	var b strings.Builder
	for _, s := range l.spots {
		occ := "-"
		if s.Occupant != nil {
			occ = s.Occupant.Plate
		}
		fmt.Fprintf(&b, "%s/%v:%s ", s.ID, s.Size, occ)
	}
	return strings.TrimSpace(b.String())
}

func main() {
	lot := NewLot("sml/mml")
	events := []string{"0 in AAA s", "5 in BBB l", "10 in CCC m", "12 in DDD m", "15 in EEE l", "20 in FFF s", "21 in AAA s", "130 out BBB", "131 in EEE l", "200 out AAA", "250 out ZZZ", "400 out EEE"}
	for _, e := range events {
		var t int
		var kind, plate, size string
		fmt.Sscanf(e, "%d %s %s %s", &t, &kind, &plate, &size)
		if kind == "in" {
			sz := Size(strings.Index("sml", size) + 1)
			id, err := lot.Park(Vehicle{plate, sz}, t)
			fmt.Printf("t=%3d park %s -> %q err=%v full=%v\n", t, plate, id, err, errors.Is(err, ErrFull))
		} else {
			fee, err := lot.Leave(plate, t)
			fmt.Printf("t=%3d leave %s fee=%d err=%v\n", t, plate, fee, err)
		}
	}
	fmt.Println(lot.Map())
	fmt.Println("revenue", lot.revenue, "parked", len(lot.byPlate))
}
