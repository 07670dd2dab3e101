package main

import (
	"fmt"
	"strings"
	"sync"
)

type Cell struct {
	Score int
	From  byte // 'D', 'U', 'L' or 0
}

type Alignment struct {
	Score          int
	TopA, TopB     string
	StartA, StartB int
}

func (a Alignment) String() string {
	var mid strings.Builder
	for i := range a.TopA {
		switch {
		case a.TopA[i] == a.TopB[i]:
			mid.WriteByte('|')
		case a.TopA[i] == '-' || a.TopB[i] == '-':
			mid.WriteByte(' ')
		default:
			mid.WriteByte('.')
		}
	}
	return fmt.Sprintf("score=%d\n  %3d %s\n      %s\n  %3d %s", a.Score, a.StartA, a.TopA, mid.String(), a.StartB, a.TopB)
}

func localAlign(a, b string, match, mismatch, gap int) Alignment {
	H := make([][]Cell, len(a)+1)
	for i := range H {
		H[i] = make([]Cell, len(b)+1)
	}
	bi, bj := 0, 0
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			s := mismatch
			if a[i-1] == b[j-1] {
				s = match
			}
			c := Cell{0, 0}
			if v := H[i-1][j-1].Score + s; v > c.Score {
				c = Cell{v, 'D'}
			}
			if v := H[i-1][j].Score + gap; v > c.Score {
				c = Cell{v, 'U'}
			}
			if v := H[i][j-1].Score + gap; v > c.Score {
				c = Cell{v, 'L'}
			}
			H[i][j] = c
			if c.Score > H[bi][bj].Score {
				bi, bj = i, j
			}
		}
	}
	var ta, tb []byte
	i, j := bi, bj
	for H[i][j].Score > 0 {
		switch H[i][j].From {
		case 'D':
			ta, tb = append(ta, a[i-1]), append(tb, b[j-1])
			i, j = i-1, j-1
		case 'U':
			ta, tb = append(ta, a[i-1]), append(tb, '-')
			i--
		case 'L':
			ta, tb = append(ta, '-'), append(tb, b[j-1])
			j--
		}
	}
	rev := func(s []byte) string {
		for x, y := 0, len(s)-1; x < y; x, y = x+1, y-1 {
			s[x], s[y] = s[y], s[x]
		}
		return string(s)
	}
	return Alignment{H[bi][bj].Score, rev(ta), rev(tb), i, j}
}

func main() {
	query := "TGTTACGG"
	db := []string{"GGTTGACTA", "ACACACTA", "TTACGGAAA", "CCCCC"}
	results := make([]Alignment, len(db))
	var wg sync.WaitGroup
	for i, subject := range db {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = localAlign(query, subject, 3, -3, -2)
		}()
	}
	wg.Wait()
	for i, r := range results {
		fmt.Printf("vs %s\n%v\n", db[i], r)
	}
	fmt.Printf("%+v\n", Cell{5, 'D'})
}
