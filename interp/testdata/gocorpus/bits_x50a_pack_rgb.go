package main

import "fmt"

// Pixel packs an RGB565 color into 16 bits.
type Pixel uint16

func Pack(r, g, b uint8) Pixel {
	return Pixel(uint16(r>>3)<<11 | uint16(g>>2)<<5 | uint16(b>>3))
}

func (p Pixel) Unpack() (r, g, b uint8) {
	r = uint8(p>>11) << 3
	g = uint8(p>>5&0x3f) << 2
	b = uint8(p&0x1f) << 3
	return
}

func (p Pixel) String() string {
	r, g, b := p.Unpack()
	return fmt.Sprintf("rgb(%d,%d,%d)", r, g, b)
}

type BitWriter struct {
	buf   []byte
	acc   uint64
	nbits uint
}

func (w *BitWriter) Write(v uint64, n uint) {
	w.acc |= (v & (1<<n - 1)) << w.nbits
	w.nbits += n
	for w.nbits >= 8 {
		w.buf = append(w.buf, byte(w.acc))
		w.acc >>= 8
		w.nbits -= 8
	}
}

func (w *BitWriter) Flush() []byte {
	if w.nbits > 0 {
		w.buf = append(w.buf, byte(w.acc))
		w.acc, w.nbits = 0, 0
	}
	return w.buf
}

type BitReader struct {
	data []byte
	pos  uint
}

func (r *BitReader) Read(n uint) uint64 {
	var v uint64
	for i := uint(0); i < n; i++ {
		byteIdx, bit := r.pos/8, r.pos%8
		if r.data[byteIdx]>>bit&1 == 1 {
			v |= 1 << i
		}
		r.pos++
	}
	return v
}

func main() {
	colors := [][3]uint8{{255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {128, 64, 32}, {17, 200, 99}}
	var w BitWriter
	for _, c := range colors {
		p := Pack(c[0], c[1], c[2])
		fmt.Printf("%v -> %#04x %016b %v\n", c, uint16(p), uint16(p), p)
		w.Write(uint64(p), 16)
	}
	fields := []struct {
		val  uint64
		bits uint
	}{{5, 3}, {1, 1}, {1000, 10}, {0, 2}, {77, 7}}
	for _, f := range fields {
		w.Write(f.val, f.bits)
	}
	data := w.Flush()
	fmt.Printf("packed %d bytes: % x\n", len(data), data)
	r := &BitReader{data: data}
	for range colors {
		fmt.Print(Pixel(r.Read(16)), " ")
	}
	fmt.Println()
	for _, f := range fields {
		got := r.Read(f.bits)
		fmt.Printf("field %d bits: want %d got %d ok=%t\n", f.bits, f.val, got, got == f.val)
	}
}
