package main

import (
	"container/list"
	"container/ring"
	"fmt"
)

type EarlyStopping struct {
	patience int
	best     float64
	wait     int
	history  *ring.Ring
}

func NewES(patience, window int) *EarlyStopping {
	return &EarlyStopping{patience: patience, best: 1e9, history: ring.New(window)}
}

func (e *EarlyStopping) Step(loss float64) bool {
	e.history.Value = loss
	e.history = e.history.Next()
	if loss < e.best-1e-3 {
		e.best = loss
		e.wait = 0
		return false
	}
	e.wait++
	return e.wait >= e.patience
}

func (e *EarlyStopping) Moving() float64 {
	s, n := 0.0, 0
	e.history.Do(func(v any) {
		if f, ok := v.(float64); ok {
			s += f
			n++
		}
	})
	return s / float64(n)
}

func main() {
	losses := []float64{1.0, 0.7, 0.55, 0.48, 0.45, 0.449, 0.452, 0.447, 0.451, 0.46, 0.3}
	es := NewES(3, 4)
	for ep, l := range losses {
		stop := es.Step(l)
		fmt.Printf("epoch %2d loss=%.3f best=%.3f wait=%d avg4=%.4f\n", ep, l, es.best, es.wait, es.Moving())
		if stop {
			fmt.Println("early stop at epoch", ep)
			break
		}
	}
	lru := list.New()
	index := map[string]*list.Element{}
	cache := func(key string) {
		if el, ok := index[key]; ok {
			lru.MoveToFront(el)
			return
		}
		index[key] = lru.PushFront(key)
		if lru.Len() > 3 {
			old := lru.Back()
			lru.Remove(old)
			delete(index, old.Value.(string))
		}
	}
	for _, k := range []string{"knn", "tree", "knn", "svm", "nb", "tree", "knn"} {
		cache(k)
	}
	for e := lru.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(len(index))
}
