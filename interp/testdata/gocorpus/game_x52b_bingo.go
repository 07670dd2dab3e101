package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
)

type Card struct {
	ID    int
	Nums  [5][5]int
	Marks [5][5]bool
}

func newCard(id int, r *rand.Rand) *Card {
	c := &Card{ID: id}
	for col := 0; col < 5; col++ {
		pool := r.Perm(15)
		for row := 0; row < 5; row++ {
			c.Nums[row][col] = col*15 + pool[row] + 1
		}
	}
	c.Marks[2][2] = true
	return c
}

func (c *Card) Mark(n int) {
	for r := range c.Nums {
		for k := range c.Nums[r] {
			if c.Nums[r][k] == n {
				c.Marks[r][k] = true
			}
		}
	}
}

func (c *Card) Bingo() bool {
	for i := 0; i < 5; i++ {
		row, col := true, true
		for j := 0; j < 5; j++ {
			row = row && c.Marks[i][j]
			col = col && c.Marks[j][i]
		}
		if row || col {
			return true
		}
	}
	d1, d2 := true, true
	for i := 0; i < 5; i++ {
		d1 = d1 && c.Marks[i][i]
		d2 = d2 && c.Marks[i][4-i]
	}
	return d1 || d2
}

func main() {
	r := rand.New(rand.NewPCG(5, 6))
	cards := make([]*Card, 4)
	for i := range cards {
		cards[i] = newCard(i+1, r)
	}
	calls := r.Perm(75)
	for turn, c := range calls {
		n := c + 1
		var wg sync.WaitGroup
		var mu sync.Mutex
		var winners []int
		for _, card := range cards {
			wg.Add(1)
			go func() {
				defer wg.Done()
				card.Mark(n)
				if card.Bingo() {
					mu.Lock()
					winners = append(winners, card.ID)
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		slices.Sort(winners)
		if turn < 5 || len(winners) > 0 {
			fmt.Printf("call %2d: %2d winners=%v\n", turn+1, n, winners)
		}
		if len(winners) > 0 {
			w := cards[winners[0]-1]
			for row := range w.Nums {
				for k, v := range w.Nums[row] {
					if w.Marks[row][k] {
						fmt.Printf("[%2d]", v)
					} else {
						fmt.Printf(" %2d ", v)
					}
				}
				fmt.Println()
			}
			break
		}
	}
}
