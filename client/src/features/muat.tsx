import type { ComponentType } from 'react';
import type { LazyRouteFunction,RouteObject } from 'react-router';
import { WajibPeran } from '../app/Guards';

/**
 * A lazily loaded screen: `muat(() => import('./pages/XPage').then((m) => m.XPage))`. With `peran`, only holders of
 * that role see it (the API enforces the same rule).
 */
export function muat(komponen: () => Promise<ComponentType>, peran?: string): LazyRouteFunction<RouteObject> {
  return async () => {
    const Halaman = await komponen();
    return { Component: peran ? () => <WajibPeran peran={peran}><Halaman /></WajibPeran> : Halaman };
  };
}
