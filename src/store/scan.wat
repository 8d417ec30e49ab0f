;; Dot products of one query with every row of a float32 matrix, four lanes at
;; a time (WebAssembly SIMD). Compiled by `npm run build:wasm` into
;; scan-wasm.ts; a test checks that the two agree.
(module
  (memory (export "memory") 1)
  ;; out[r] = sum_i matrix[r * dim + i] * query[i], for r in [0, rows).
  ;; All three are byte offsets into memory, 16-byte aligned.
  (func (export "dots") (param $matrix i32) (param $query i32) (param $out i32) (param $rows i32) (param $dim i32)
    (local $r i32) (local $i i32) (local $row i32) (local $rowBytes i32) (local $dim8 i32)
    (local $a v128) (local $b v128) (local $s f32)
    (local.set $dim8 (i32.and (local.get $dim) (i32.const -8)))
    (local.set $rowBytes (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $row (local.get $matrix))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $a (v128.const f32x4 0 0 0 0))
        (local.set $b (v128.const f32x4 0 0 0 0))
        (local.set $i (i32.const 0))
        ;; Two accumulators: the additions of one row do not wait on each other.
        (block $simdDone
          (loop $simd
            (br_if $simdDone (i32.ge_u (local.get $i) (local.get $dim8)))
            (local.set $a (f32x4.add (local.get $a)
              (f32x4.mul (v128.load (i32.add (local.get $row) (i32.shl (local.get $i) (i32.const 2))))
                         (v128.load (i32.add (local.get $query) (i32.shl (local.get $i) (i32.const 2)))))))
            (local.set $b (f32x4.add (local.get $b)
              (f32x4.mul (v128.load offset=16 (i32.add (local.get $row) (i32.shl (local.get $i) (i32.const 2))))
                         (v128.load offset=16 (i32.add (local.get $query) (i32.shl (local.get $i) (i32.const 2)))))))
            (local.set $i (i32.add (local.get $i) (i32.const 8)))
            (br $simd)))
        (local.set $a (f32x4.add (local.get $a) (local.get $b)))
        (local.set $s
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a)))
            (f32.add (f32x4.extract_lane 2 (local.get $a)) (f32x4.extract_lane 3 (local.get $a)))))
        ;; The dimensions past the last multiple of eight.
        (block $tailDone
          (loop $tail
            (br_if $tailDone (i32.ge_u (local.get $i) (local.get $dim)))
            (local.set $s (f32.add (local.get $s)
              (f32.mul (f32.load (i32.add (local.get $row) (i32.shl (local.get $i) (i32.const 2))))
                       (f32.load (i32.add (local.get $query) (i32.shl (local.get $i) (i32.const 2)))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $tail)))
        (f32.store (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 2))) (local.get $s))
        (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))))
