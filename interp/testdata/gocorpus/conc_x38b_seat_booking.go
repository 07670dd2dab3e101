package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Seat struct {
	Row  byte
	Num  int
	Held string
}

type Theater struct {
	mu    sync.Mutex
	seats map[string]*Seat
	cond  *sync.Cond
	free  int
}

var ErrTaken = errors.New("seat already taken")

func NewTheater(rows string, perRow int) *Theater {
	t := &Theater{seats: map[string]*Seat{}}
	t.cond = sync.NewCond(&t.mu)
	for i := 0; i < len(rows); i++ {
		for n := 1; n <= perRow; n++ {
			t.seats[fmt.Sprintf("%c%d", rows[i], n)] = &Seat{Row: rows[i], Num: n}
			t.free++
		}
	}
	return t
}

func (t *Theater) Book(who string, ids ...string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, id := range ids {
		s, ok := t.seats[id]
		if !ok {
			return fmt.Errorf("no seat %s", id)
		}
		if s.Held != "" {
			return fmt.Errorf("%s for %s: %w (by %s)", id, who, ErrTaken, s.Held)
		}
	}
	for _, id := range ids {
		t.seats[id].Held = who
		t.free--
	}
	t.cond.Broadcast()
	return nil
}

func (t *Theater) WaitUntilFree(n int) {
	t.mu.Lock()
	for t.free > n {
		t.cond.Wait()
	}
	t.mu.Unlock()
}

func (t *Theater) Chart() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	ids := make([]*Seat, 0, len(t.seats))
	for _, s := range t.seats {
		ids = append(ids, s)
	}
	sort.Slice(ids, func(i, j int) bool {
		if ids[i].Row != ids[j].Row {
			return ids[i].Row < ids[j].Row
		}
		return ids[i].Num < ids[j].Num
	})
	var sb strings.Builder
	for i, s := range ids {
		if i > 0 && s.Row != ids[i-1].Row {
			sb.WriteByte('\n')
		}
		if s.Held == "" {
			sb.WriteString(" __")
		} else {
			sb.WriteString(" " + strings.ToUpper(s.Held[:2]))
		}
	}
	return sb.String()
}

func main() {
	th := NewTheater("ABC", 4)
	groups := map[string][]string{
		"amy": {"A1", "A2"}, "bob": {"B2", "B3", "B4"}, "cat": {"C1"},
		"dan": {"A4"}, "eve": {"C3", "C4"}, "fin": {"D1"},
	}
	watcher := make(chan int)
	go func() {
		th.WaitUntilFree(3)
		watcher <- 1
	}()
	var wg sync.WaitGroup
	errs := make(chan error, len(groups))
	for who, seats := range groups {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := th.Book(who, seats...); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	<-watcher
	fmt.Println("watcher: at most 3 seats left")
	for e := range errs {
		fmt.Println("error:", e)
	}
	if err := th.Book("gus", "A3", "A4"); errors.Is(err, ErrTaken) {
		fmt.Println("gus:", err)
	}
	fmt.Println(th.Book("gus", "A3", "B1"), th.free)
	fmt.Println(th.Chart())
}
