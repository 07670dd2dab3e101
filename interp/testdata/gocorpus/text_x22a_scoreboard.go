package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

type Entry struct {
	Player string
	Scores []int
}

func (e Entry) Total() (t int) {
	for _, s := range e.Scores {
		t += s
	}
	return
}

func parse(input string) ([]Entry, []error) {
	var out []Entry
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(input))
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == ';' {
			continue
		}
		name, rest, _ := strings.Cut(line, ":")
		e := Entry{Player: strings.TrimSpace(name)}
		for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' }) {
			n, err := strconv.Atoi(f)
			if err != nil {
				errs = append(errs, fmt.Errorf("line %d: %w", ln, err))
				continue
			}
			e.Scores = append(e.Scores, n)
		}
		out = append(out, e)
	}
	return out, errs
}

func main() {
	input := `; bowling night
Zoë: 120, 98 ,143
Ada:  200,  187
Björn: 99,101,x7,100
; end

Chen: 150,150`
	entries, errs := parse(input)
	for _, e := range errs {
		fmt.Println("warn:", e)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Total() > entries[j].Total() })
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "rank\tplayer\tgames\ttotal\tavg\t")
	for i, e := range entries {
		avg := float64(e.Total()) / float64(len(e.Scores))
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%.1f\t\n", i+1, e.Player, len(e.Scores), e.Total(), avg)
	}
	tw.Flush()
	fmt.Print(buf.String())
	widest := ""
	for _, e := range entries {
		if utf8.RuneCountInString(e.Player) > utf8.RuneCountInString(widest) {
			widest = e.Player
		}
	}
	fmt.Println(widest, len(widest), utf8.RuneCountInString(widest))
}
