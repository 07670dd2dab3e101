package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Hyper struct {
	LR      float64
	Batch   int
	Dropout float64
}

type Trial struct {
	ID     int
	Params Hyper
	Loss   float64
	Acc    float32
	Tags   []string
	Failed bool
}

func simulate(h Hyper) (float64, float32) {
	// a made-up smooth response surface
	loss := 0.2 + math.Pow(math.Log10(h.LR)+2.5, 2)*0.1 + math.Abs(h.Dropout-0.25) + float64(h.Batch)/1024
	acc := float32(1 / (1 + loss))
	return loss, acc
}

func main() {
	var trials []Trial
	id := 0
	for _, lr := range []float64{1e-1, 1e-2, 3e-3, 1e-3} {
		for _, b := range []int{32, 128} {
			for _, d := range []float64{0, 0.3} {
				id++
				h := Hyper{lr, b, d}
				loss, acc := simulate(h)
				t := Trial{ID: id, Params: h, Loss: loss, Acc: acc}
				if lr >= 0.1 && d == 0 {
					t.Failed = true
					t.Tags = append(t.Tags, "diverged")
				}
				if b == 32 {
					t.Tags = append(t.Tags, "small-batch")
				}
				trials = append(trials, t)
			}
		}
	}
	sort.SliceStable(trials, func(i, j int) bool { return trials[i].Loss < trials[j].Loss })

	nameW := 5
	fmt.Printf("%-*s|%10s|%6s|%8s|%8s|%7s| %s\n", nameW, "id", "lr", "batch", "dropout", "loss", "acc", "tags")
	fmt.Println(strings.Repeat("-", 60))
	for _, t := range trials {
		status := ""
		if t.Failed {
			status = "!"
		}
		fmt.Printf("%-*s|%10.1e|%6d|%8.2f|%8.4f|%6.2f%%| %q\n",
			nameW, fmt.Sprintf("#%02d%s", t.ID, status), t.Params.LR, t.Params.Batch,
			t.Params.Dropout, t.Loss, t.Acc*100, t.Tags)
	}
	best := trials[0]
	fmt.Printf("\nbest: %v\n", best)
	fmt.Printf("best: %+v\n", best.Params)
	fmt.Printf("best: %#v\n", best.Params)
	fmt.Printf("types: %T %T %T\n", best, best.Acc, best.Tags)
	fmt.Printf("loss as %%g=%g %%e=%e %%8.3f=[%8.3f] %%-8.3f=[%-8.3f]\n", best.Loss, best.Loss, best.Loss, best.Loss)
	fmt.Printf("batch %%x=%x %%o=%o %%b=%b %%05d=%05d %%+d=%+d\n", best.Params.Batch, best.Params.Batch, best.Params.Batch, best.Params.Batch, best.Params.Batch)
	fmt.Printf("%v %t %q %U\n", best.Failed, !best.Failed, 'λ', 'λ')
	var nilTags []string
	fmt.Printf("%v %d %#v %#v\n", nilTags, len(nilTags), nilTags, []string{})
	ptr := &trials[1].Params
	fmt.Printf("%+v\n", ptr)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))
	summary := map[bool]int{}
	for _, t := range trials {
		summary[t.Failed]++
	}
	fmt.Println(summary)
	fmt.Printf("%6.2f|%-6.2f|%+.1f|% d\n", math.Pi, math.E, -0.05, 42)
	fmt.Printf("%s %v %.2v\n", []byte("ok"), [3]bool{true}, 3.14159)
}
