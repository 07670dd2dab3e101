package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Packet struct {
	Version, Type int
	Value         uint64
	Subs          []Packet
}

type reader struct {
	bits string
	pos  int
}

func (r *reader) read(n int) int {
	v, err := strconv.ParseUint(r.bits[r.pos:r.pos+n], 2, 64)
	if err != nil {
		panic(err)
	}
	r.pos += n
	return int(v)
}

func (r *reader) packet() Packet {
	p := Packet{Version: r.read(3), Type: r.read(3)}
	if p.Type == 4 {
		for {
			more := r.read(1)
			p.Value = p.Value<<4 | uint64(r.read(4))
			if more == 0 {
				return p
			}
		}
	}
	if r.read(1) == 0 {
		n := r.read(15)
		end := r.pos + n
		for r.pos < end {
			p.Subs = append(p.Subs, r.packet())
		}
	} else {
		for n := r.read(11); n > 0; n-- {
			p.Subs = append(p.Subs, r.packet())
		}
	}
	return p
}

func (p Packet) VersionSum() int {
	s := p.Version
	for _, c := range p.Subs {
		s += c.VersionSum()
	}
	return s
}

func (p Packet) Eval() uint64 {
	vals := make([]uint64, len(p.Subs))
	for i, s := range p.Subs {
		vals[i] = s.Eval()
	}
	b2u := func(b bool) uint64 {
		if b {
			return 1
		}
		return 0
	}
	switch p.Type {
	case 0:
		var s uint64
		for _, v := range vals {
			s += v
		}
		return s
	case 1:
		var s uint64 = 1
		for _, v := range vals {
			s *= v
		}
		return s
	case 2:
		m := vals[0]
		for _, v := range vals[1:] {
			m = min(m, v)
		}
		return m
	case 3:
		m := vals[0]
		for _, v := range vals[1:] {
			m = max(m, v)
		}
		return m
	case 4:
		return p.Value
	case 5:
		return b2u(vals[0] > vals[1])
	case 6:
		return b2u(vals[0] < vals[1])
	}
	return b2u(vals[0] == vals[1])
}

func main() {
	for _, hex := range []string{"D2FE28", "8A004A801A8002F478", "C200B40A82", "04005AC33890", "9C0141080250320F1802104A08", "620080001611562C8802118E34"} {
		var sb strings.Builder
		for _, c := range hex {
			v, _ := strconv.ParseUint(string(c), 16, 8)
			fmt.Fprintf(&sb, "%04b", v)
		}
		r := &reader{bits: sb.String()}
		p := r.packet()
		fmt.Printf("%-28s versions=%2d value=%d subs=%d\n", hex, p.VersionSum(), p.Eval(), len(p.Subs))
	}
}
