package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

type Config struct {
	Sizes      []int
	Activation string
	Seed       uint64
	InitScale  float64
	Bias       bool
}

type Option func(*Config) error

func WithActivation(name string) Option {
	return func(c *Config) error {
		switch name {
		case "tanh", "relu", "sigmoid":
			c.Activation = name
			return nil
		}
		return fmt.Errorf("unknown activation %q", name)
	}
}

func WithSeed(s uint64) Option { return func(c *Config) error { c.Seed = s; return nil } }

func WithXavier() Option {
	return func(c *Config) error {
		if len(c.Sizes) == 0 {
			return errors.New("xavier needs sizes")
		}
		c.InitScale = math.Sqrt(1 / float64(c.Sizes[0]))
		return nil
	}
}

func NoBias() Option { return func(c *Config) error { c.Bias = false; return nil } }

type Net struct {
	cfg     Config
	weights [][][]float64
}

func Build(sizes []int, opts ...Option) (*Net, error) {
	c := Config{Sizes: sizes, Activation: "tanh", Seed: 1, InitScale: 1, Bias: true}
	for i, o := range opts {
		if err := o(&c); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	r := rand.New(rand.NewPCG(c.Seed, c.Seed*3))
	n := &Net{cfg: c}
	for l := 1; l < len(sizes); l++ {
		in := sizes[l-1]
		if c.Bias {
			in++
		}
		layer := make([][]float64, sizes[l])
		for i := range layer {
			layer[i] = make([]float64, in)
			for j := range layer[i] {
				layer[i][j] = math.Round(c.InitScale*(r.Float64()*2-1)*1000) / 1000
			}
		}
		n.weights = append(n.weights, layer)
	}
	return n, nil
}

func (n *Net) String() string {
	var parts []string
	total := 0
outer:
	for li, l := range n.weights {
		for _, row := range l {
			total += len(row)
			if li >= 2 {
				parts = append(parts, "...")
				break outer
			}
		}
		parts = append(parts, fmt.Sprintf("L%d:%dx%d", li, len(l), len(l[0])))
	}
	return fmt.Sprintf("Net[%s act=%s params=%d]", strings.Join(parts, " "), n.cfg.Activation, total)
}

func main() {
	specs := []struct {
		sizes []int
		opts  []Option
	}{
		{[]int{2, 4, 1}, nil},
		{[]int{3, 8, 8, 2}, []Option{WithActivation("relu"), WithSeed(9), WithXavier()}},
		{[]int{2, 2}, []Option{NoBias(), WithActivation("gelu")}},
		{[]int{4, 3, 3, 3, 1}, []Option{NoBias()}},
	}
	for _, s := range specs {
		n, err := Build(s.sizes, s.opts...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(n)
		fmt.Printf("  first row: %v\n", n.weights[0][0])
	}
}
