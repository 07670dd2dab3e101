package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"text/tabwriter"
)

type Player struct {
	Name   string
	Scores []int
	Bonus  float64
}

func (p Player) Total() float64 {
	t := 0
	for _, s := range p.Scores {
		t += s
	}
	return float64(t) * (1 + p.Bonus)
}

type ByTotal []Player

func (b ByTotal) Len() int           { return len(b) }
func (b ByTotal) Less(i, j int) bool { return b[i].Total() > b[j].Total() }
func (b ByTotal) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Level int

func (l Level) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "L%d", int(l))
	default:
		fmt.Fprint(f, strconv.Itoa(int(l)))
	}
}

func main() {
	players := []Player{
		{"ada", []int{10, 20, 30}, 0.1},
		{"bo", []int{50, 5}, 0},
		{"cy", []int{15, 15, 15, 15}, 0.05},
		{"dee", nil, 0.5},
	}
	sort.Stable(ByTotal(players))
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "rank\tname\trounds\ttotal\t")
	for i, p := range players {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%.2f\t\n", i+1, p.Name, len(p.Scores), p.Total())
	}
	tw.Flush()
	fmt.Printf("%v\n", players[0])
	fmt.Printf("%+v\n", players[3])
	fmt.Printf("%#v\n", players[1])
	fmt.Printf("%T %T\n", players, ByTotal(players))
	fmt.Printf("%8.3f|%-8.1e|%x|%X|%o|%b\n", players[0].Total(), 12345.678, 255, "hi", 8, 5)
	fmt.Printf("%5t|%q|%U|%c\n", true, 'ö', 'ö', 0x263A)
	lv := Level(3)
	fmt.Printf("%v %s %d\n", lv, lv, lv)
	fmt.Println(strconv.Quote("game\tover\n"), strconv.FormatFloat(1.5, 'g', -1, 64), strconv.FormatInt(-42, 16))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]d-%[1]d %*d|%-*d|\n", 1, 2, 4, 7, 3, 9)
	var np *Player
	fmt.Printf("%v %+v\n", np, []any{nil, 1, "x"})
}
